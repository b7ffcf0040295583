"""Location on briefs invented for these tests (fictional people, real places): a departure told after a visit told
as over ("left Hanoi …, wrapping up a State visit", "left for home after wrapping up his Kenya visit") is placed where
the visit was, not at the next stop of the journey."""

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
            "President Arno Keller on Monday left Ghana for Nigeria after wrapping up his three-day state visit.\n"
            "He was seen off at the airport by Vice President Kojo Mensah.\n",
            "Ghana",
        ),
        (
            "Prime Minister Lena Ortiz left for home last evening after wrapping up her two-day Kenya visit, the "
            "first by a Varnian premier in a decade.\n\nOn the last day of her three-nation tour that also took her "
            "to Uganda and Rwanda, she met students in Nairobi.\n",
            "Kenya",
        ),
        (
            "Prime Minister Lena Ortiz on Saturday wrapped up her three-day UK visit and left for Turkey where she "
            "will attend the G20 Summit.\n",
            "UK",
        ),
    ],
)
def test_a_departure_after_a_visit_is_placed_where_the_visit_was(text: str, expected: str) -> None:
    assert place(text) == expected


def test_a_departure_for_a_visit_keeps_its_destination() -> None:
    text = "Prime Minister Lena Ortiz has left for Singapore for a three-day official visit.\n"
    assert place(text) == "Singapore"
