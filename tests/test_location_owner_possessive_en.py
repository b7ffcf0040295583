"""A place named past its owner in the possessive ("at Osei's Legon office"), and a place whose own name is an
honorific's possessive (briefs written for these tests: invented people, real countries)."""

from __future__ import annotations

import briefparse


def location(text: str) -> str | None:
    return briefparse.parse(text).location


def test_the_owner_in_the_possessive_is_not_part_of_the_place():
    text = (
        "President Daniel Osei on Thursday held talks with Senator Mark Holloway of the United States. "
        "The meeting was held at Osei's Legon office."
    )
    assert location(text) == "Legon"


def test_an_honorifics_possessive_opening_a_venue_name_stays():
    text = "Governor-General Ruth Allen on Monday received Ambassador Carlos Mena of Peru at King's House."
    assert location(text) == "King's House"
