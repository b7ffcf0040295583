"""A country whose name ends in "s" takes the possessive apostrophe alone ("Laos' foreign minister", "the
Philippines' foreign secretary"): the role in small letters after it is the person's whole role, as after "'s".

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    return {p.name: p.role for p in brief.participants}


def test_en_a_role_after_a_bare_apostrophe_in_an_apposition():
    text = "Turkish Foreign Minister Ali Demir on Monday held talks with Anna Berg, Laos' visiting foreign minister."
    assert _roles(text)["Anna Berg"] == "Laos' visiting foreign minister"


def test_en_a_role_after_a_bare_apostrophe_before_the_name():
    text = "The Philippines’ foreign secretary, Ana Cruz, met Turkish Foreign Minister Ali Demir in Ankara on Monday."
    assert _roles(text)["Ana Cruz"] == "Philippines’ foreign secretary"
