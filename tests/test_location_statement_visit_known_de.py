"""Where a German statement's visit took place, only a place the gazetteer knows or a venue counts, as everywhere
else in a language whose nouns have capitals: "im Alltag" names no place.

Every brief here is invented for the test.
"""

import briefparse


def test_a_common_noun_in_the_visit_sentence_is_no_place_of_a_statement():
    text = (
        "Regierung auf Schulreise\n\n"
        "«Wir lernen das Land kennen», sagte Präsident Paul Marin am Donnerstag. Der Besuch ermögliche auch "
        "Gespräche über Themen, die im Alltag zu kurz kämen, sagte Marin."
    )
    assert briefparse.parse(text).location is None
