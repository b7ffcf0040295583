"""Location on briefs invented for these tests (fictional people, real cities): a place the gazetteer does not know,
written with its city after it ("at Qasr Al Noor in Abu Dhabi"), is a venue of that city and the place as the brief
writes it, even when a particle of a participant's name ("Al", "bin") stands in the venue's name."""

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
            "Abu Dhabi, May 20 (WAM): Sheikh Khalid bin Saif Al Marri received Valmoran Minister Paul Ortega.\n\n"
            "During the meeting, which took place at Qasr Al Noor in Abu Dhabi, the two sides discussed trade.",
            "Qasr Al Noor in Abu Dhabi",
        ),
        (
            "President Ana Brook received the visiting Minister Paul Ortega at Quinta Olivar in Lima on Monday.",
            "Quinta Olivar in Lima",
        ),
    ],
)
def test_an_unknown_place_written_with_its_city_is_a_venue_there(text: str, expected: str) -> None:
    assert place(text) == expected
