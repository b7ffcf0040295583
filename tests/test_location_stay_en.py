"""A meeting whose sentences name no place of their own is placed where the body says a party is ("who is in X",
"is currently in X") (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Foreign Minister Arno Vell paid a courtesy call on Prime Minister Ana Lind.\n\n"
            "Minister Vell, who is in Portugal to attend the national day celebrations, met Prime Minister Lind on "
            "Friday. They discussed trade and tourism.",
            "Portugal",
        ),
        (
            "Foreign Minister Arno Vell met his counterpart Ana Lind on Friday and discussed bilateral relations.\n\n"
            "The minister is currently in Kenya on a two-day official visit to attend a strategic dialogue.",
            "Kenya",
        ),
        (
            "Foreign Minister Arno Vell today held a meeting with his counterpart Ana Lind on the sidelines of the "
            "regional ministerial meeting. The minister is presently in Ghana in course of attending the meeting.",
            "Ghana",
        ),
    ],
    ids=["who-is-in", "is-currently-in", "is-presently-in"],
)
def test_a_party_s_stay_places_the_meeting(text: str, place: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).location == place


def test_an_interest_is_no_stay() -> None:
    text = (
        "Foreign Minister Arno Vell met his counterpart Ana Lind on Friday and discussed bilateral relations.\n\n"
        "The minister is interested in Kenya's experience with renewable energy."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).location is None
