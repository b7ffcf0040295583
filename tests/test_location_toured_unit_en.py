"""Location on briefs invented for these tests (fictional people, real regions): a visit through a unit the first
sentence names by its noun after its name ("in the Volta Region") is placed in that unit, not in a town a later
sentence names as one of its stops."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minister for Roads, Kofi Amankwa, has inspected some ongoing road projects in the Volta Region.\n\n"
            "The two-day working tour took the Minister to the district office at Kpando and to the new market at "
            "Hohoe in the Hohoe Municipality.",
            "Volta Region",
        ),
        (
            "The Minister for Education, Ama Serwaa Boateng, has visited some schools in the Western Region without "
            "prior notice.\n\nThe schools visited were the Presby Senior High in Tarkwa and the Wesley Girls SHS in "
            "Takoradi.",
            "Western Region",
        ),
    ],
)
def test_a_visit_through_a_unit_is_placed_in_it(text: str, expected: str) -> None:
    assert place(text) == expected


def test_a_visit_to_a_town_keeps_the_town() -> None:
    text = (
        "The Minister for Roads, Kofi Amankwa, has inspected some ongoing road projects in Kpando.\n\n"
        "The tour took the Minister to the new market at Hohoe in the Volta Region."
    )
    assert place(text) == "Kpando"
