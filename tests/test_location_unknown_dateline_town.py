"""A town the gazetteer does not know that opens a paper's dateline ("Sierksdorf. …", "Hornberg/Gutach. …") is the
event's place when the text also places something in it after a preposition of place; a capitalised word set off the
same way that no sentence places anything in is no place.

The briefs are written for these tests (invented people, real small towns).
"""

import briefparse


def _location(text: str) -> str | None:
    return briefparse.parse(text).location


def test_dateline_town_placed_again_in_the_text() -> None:
    text = (
        "Ministerin auf Sommertour\n\n"
        "Weißenbrunn. Wirtschaftsministerin Petra Lindqvist besuchte am Mittwoch die Firma Kohlmann Werkzeugbau in "
        "Weißenbrunn. Begleitet wurde sie von Landrat Ottmar Reisig.\n"
    )
    assert _location(text) == "Weißenbrunn"


def test_town_of_two_in_a_slashed_dateline() -> None:
    text = (
        "Weißenbrunn/Gutach. In Begleitung des Abgeordneten Ferdinand Maurer besichtigte Ministerin Petra Lindqvist "
        "zunächst ein Sägewerk in Weißenbrunn und anschließend ein Museum.\n"
    )
    assert _location(text) == "Weißenbrunn"


def test_set_off_word_not_placed_anywhere_is_no_place() -> None:
    text = (
        "Ministerin auf Sommertour\n\n"
        "Sommerzeit. Wirtschaftsministerin Petra Lindqvist besuchte am Mittwoch die Firma Kohlmann Werkzeugbau. "
        "Begleitet wurde sie von Landrat Ottmar Reisig.\n"
    )
    assert _location(text) is None
