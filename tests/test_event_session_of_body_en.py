"""A chaired or attended sitting of a standing body is a conference (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Arno Vell chaired the 61st session of the Ministerial Council of the Norland Union in "
        "Valmora on Tuesday.\n\nThe ministers discussed regional matters.",
        "Foreign Minister Arno Vell chaired the meeting of the Ministerial Council in Valmora on Tuesday.\n\n"
        "The ministers discussed regional matters.",
    ],
    ids=["numbered-session", "meeting-of-council"],
)
def test_a_chaired_sitting_of_a_body_is_a_conference(text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).event_type == "conference"


def test_talks_on_the_sidelines_of_a_session_stay_a_meeting() -> None:
    text = (
        "Foreign Minister Arno Vell met his Lakeland counterpart Ana Lind on the sidelines of the 61st session of "
        "the Ministerial Council in Valmora on Tuesday.\n\nThey discussed bilateral relations."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).event_type == "meeting"


def test_a_chaired_bilateral_meeting_stays_a_meeting() -> None:
    text = (
        "President Paul Marin chaired a meeting with Lakeland Prime Minister Ana Lind in Valmora on Tuesday.\n\n"
        "They discussed bilateral relations."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).event_type == "meeting"
