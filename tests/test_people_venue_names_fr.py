"""A capitalised name right after a venue with an adjective of its own ("au palais présidentiel Tor Varden, …") is
the venue's name, not a person; after a bare venue, a venue's complement or when a role follows, the name is still
whom the verb receives there.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def names(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text).participants}


def test_the_name_of_a_qualified_venue_is_no_one():
    text = "Le président Paul Marin a reçu mardi au palais présidentiel Tor Varden, quatre nouveaux ambassadeurs."
    assert "Tor Varden" not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Marin a reçu mardi au siège du ministère Anne Rivière.",
        "Le président Paul Marin a reçu mardi au palais présidentiel Anne Rivière, ambassadrice de Suède.",
        "Mardi au palais présidentiel Anne Rivière a reçu Paul Marin.",
    ],
)
def test_a_person_after_a_venue_still_takes_part(text):
    assert "Anne Rivière" in names(text)
