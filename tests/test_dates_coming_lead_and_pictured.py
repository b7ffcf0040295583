"""Two readings of a release that announces a coming event with its full date in the lead: the lead's only full
date is the event's, whatever verb carries it ("wird am Mittwoch, 13. September 2017, … besuchen"), and a marker
of who is pictured ("Karl Vogt (Foto)") makes no photo caption of the sentence.

Every brief here is invented for the test.
"""

import briefparse


def test_the_coming_full_date_of_the_lead_is_the_event_s():
    text = (
        "Karl Vogt in Valdorien\n\n"
        "Der Bundespräsident Karl Vogt wird am Mittwoch, 13. September 2017, mit den Botschaftern das Land Valdorien "
        "bereisen.\n\nDie Delegation umfasst insgesamt 80 Botschafterinnen und Botschafter."
    )
    assert briefparse.parse(text).date == "2017-09-13"


def test_a_pictured_marker_makes_no_caption_of_the_lead():
    text = (
        "Vogt besucht Valdorien\n\n"
        "Bundespräsident Karl Vogt (Foto) besucht am 13. September 2017 das Land Valdorien und trifft dort den "
        "Regierungschef Paul Marin."
    )
    assert briefparse.parse(text).date == "2017-09-13"


def test_a_coming_date_outside_the_lead_stays_in_passing():
    text = (
        "Vogt empfängt Marin\n\n"
        "Bundespräsident Karl Vogt empfing am Dienstag den Regierungschef Paul Marin.\n\n"
        "Die beiden sprachen über die Lage in der Region. Das Jubiläum der Partnerschaft wird am 6. Januar 2026 "
        "gefeiert."
    )
    assert briefparse.parse(text).date is None
