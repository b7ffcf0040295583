"""Location on briefs invented for these tests (fictional people, real cities): a headline or a heading that
capitalises every word ("Governors Meet Minister to Discuss Issues", "Surprise Visit to Classroom") names no place by
a capital; the place is the one the brief names in its sentences or its dateline."""

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
            "Menu Home World Sport\n"
            "Three Governors Meet Finance Minister Ravi Kalan to Discuss Issues Concerning Their Regions\n"
            "Finance Minister Ravi Kalan with Governor Arun Mehta. (Image credit: Twitter)\n"
            "New Delhi: Governors of three states met Finance Minister Ravi Kalan on Monday and discussed various "
            "issues concerning their regions, an official said.\n"
            "The governors met the minister separately, the official said.\n",
            "New Delhi",
        ),
        (
            "Minister Anil Dash Teaches Science to Students at His Former School\n\n"
            "Surprise Visit to Classroom\n"
            "Sambalpur: On Monday, Minister Anil Dash made a surprise visit to Gopabandhu Sahu District School and "
            "taught a lesson to the students. He quietly entered the classroom and sat at the back.\n",
            "Gopabandhu Sahu District School",
        ),
    ],
)
def test_a_capitalised_line_names_no_place(text: str, expected: str) -> None:
    assert place(text) == expected


def test_a_sentence_keeps_a_place_the_gazetteer_lacks() -> None:
    text = (
        "Governor Arun Mehta on Monday called on Minister Ravi Kalan at Shram Shakti Bhawan and discussed the "
        "state's road projects.\n\nThe meeting lasted an hour, an official said.\n"
    )
    assert place(text) == "Shram Shakti Bhawan"
