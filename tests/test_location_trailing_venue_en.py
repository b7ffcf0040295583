"""A venue named by a body's name and a lower-case venue noun, or by a compound's name (briefs written for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Foreign Minister Arno Vell chaired the 61st session of the Ministerial Council of the Norland Union, "
            "which was held today at the NU headquarters in Valmora.",
            "NU headquarters",
        ),
        (
            "Foreign Minister Arno Vell met his Lakeland counterpart Ana Lind at the NU headquarters in Valmora on "
            "Tuesday.",
            "NU headquarters",
        ),
        (
            "President Paul Marin and President Ana Lind chaired the meeting of the Strategic Council at the "
            "Presidential Complex in the capital Valmora on Wednesday.",
            "Presidential Complex",
        ),
        (
            "Prime Minister Paul Marin hosted an official luncheon at the Seri Valmo complex in honour of President "
            "Ana Lind on Wednesday.",
            "Seri Valmo complex",
        ),
    ],
    ids=["session-headquarters", "meeting-headquarters", "complex-capital", "lower-case-complex"],
)
def test_the_venue_is_the_place_not_its_city(text: str, venue: str) -> None:
    location = briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).location
    assert location is not None and location.startswith(venue)


def test_a_city_alone_stays_the_place() -> None:
    text = "Foreign Minister Arno Vell met his Lakeland counterpart Ana Lind in Valmora on Tuesday."
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).location == "Valmora"
