"""Event type on briefs invented for these tests (fictional people, real countries): a gathering named with a time
still to come after it in its clause ("at the Commonwealth summit in Malta later this year") is not the event
reported; the courtesy call the brief goes on to tell is. Nor are its name and city the event's place."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize("time", ["later this year", "next month"])
def test_a_gathering_still_to_come_does_not_vote(time: str) -> None:
    text = (
        "Prime Minister Paul Dorset says he hopes to see his Tongan counterpart, Prime Minister Sione Vaka, at the "
        f"Commonwealth Heads of Government Meeting in Malta {time}.\n\n"
        "The British High Commissioner Mark Hale relayed this during a courtesy call to the Prime Minister last "
        "Friday."
    )
    assert parse(text).event_type == "meeting"


def test_a_gathering_held_stays_the_event() -> None:
    text = (
        "Prime Minister Sione Vaka attended the Commonwealth summit in Malta on Friday.\n\n"
        "He spoke on climate change and the protection of the ocean."
    )
    assert parse(text).event_type == "conference"


def test_a_gathering_still_to_come_is_no_place() -> None:
    text = (
        "Prime Minister Paul Dorset says he hopes to see Prime Minister Sione Vaka of Tonga at the Commonwealth "
        "Heads of Government Meeting in Malta later this year.\n\n"
        "The British High Commissioner Mark Hale relayed this during a courtesy call to the Prime Minister last "
        "Friday."
    )
    assert parse(text).location is None


def test_a_gathering_held_gives_its_city() -> None:
    text = "Prime Minister Sione Vaka attended the Commonwealth Heads of Government Meeting in Malta on Friday."
    assert parse(text).location == "Malta"
