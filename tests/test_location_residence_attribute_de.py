"""A German place inside an attribute before its noun ("die in Valdoria tätigen Botschafter"): where someone is
posted or based, not the event's place. Other settlement words: a compound's head is no settlement's noun ("im
Gemeindehaus").

Every brief here is invented for the test.
"""

import briefparse


def test_the_country_of_a_post_before_its_noun_is_not_the_event_place():
    text = (
        "Empfang für das Diplomatische Korps\n\n"
        "Kiel (dpa) - Ministerpräsident Paul Marin hat am Dienstag rund 40 in Österreich tätige Botschafter "
        "empfangen. Er sprach mit ihnen über die Zusammenarbeit im Ostseeraum."
    )
    assert briefparse.parse(text).location == "Kiel"


def test_a_compound_that_opens_with_a_settlement_noun_is_read_whole():
    text = (
        "Besuch aus Norland\n\n"
        "Beim Empfang im katholischen Gemeindehaus dankte Bürgermeister Paul Marin den Gästen aus Norland für "
        "die langjährige Freundschaft."
    )
    assert briefparse.parse(text).location == "Gemeindehaus"
