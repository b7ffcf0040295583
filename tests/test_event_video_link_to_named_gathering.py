"""Event type: a gathering named first ("The meeting of the foreign ministers of five countries opened …"), then its
members joining "the meeting" by video link and others attending "the meeting": the bare meeting noun is that
gathering, and the video link its medium, not a call (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _event(text: str) -> str | None:
    """The brief's event type."""
    return briefparse.parse(text, reference_date=REF).event_type


def test_video_link_into_a_named_gathering_is_the_gathering() -> None:
    """"attend the meeting through videoconference" after the ministers' meeting was named."""
    assert _event(
        "The meeting of foreign ministers of five neighbouring countries of Valdoria started in the presence of the "
        "Norland, Lakeland and Brava foreign ministers.\n\n"
        "The Ostmark and Westmark foreign ministers attend the meeting through videoconference.\n\n"
        "Ambassadors of foreign countries residing in Kessel also attended the meeting as guests.\n\n"
        "Norland Vice President Anna Weller is scheduled to deliver a speech at the meeting.\n\n"
        "This item is being updated..."
    ) == "conference"


def test_a_video_call_between_two_stays_a_call() -> None:
    """A video link between two leaders, no gathering named: a call."""
    assert _event(
        "Norland President Anna Weller held a videoconference with Valdorian President Pawel Marek on Monday.\n\n"
        "The two presidents discussed the border."
    ) == "phone_call"
