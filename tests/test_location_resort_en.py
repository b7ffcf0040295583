"""A resort named by its noun and "of", maybe after its sea's name or a country's adjective, places the event in
the town that closes the phrase (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Foreign Minister Ana Lind met her counterpart Paul Marin on Thursday in a beach resort of Goa.",
            "Goa",
        ),
        (
            "Foreign Minister Ana Lind met her counterpart Paul Marin on Thursday in the resort town of Sochi.",
            "Sochi",
        ),
        (
            "Foreign Minister Ana Lind met her counterpart Paul Marin on Thursday in the Black Sea resort of Sochi.",
            "Sochi",
        ),
        (
            "Foreign Minister Ana Lind met her counterpart Paul Marin on Thursday at the Indian seaside resort of Goa.",
            "Goa",
        ),
    ],
    ids=["beach-resort", "resort-town", "sea-name", "adjective-seaside"],
)
def test_the_resort_is_the_place(text, place):
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).location == place
