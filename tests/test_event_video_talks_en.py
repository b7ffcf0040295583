"""Event type on briefs invented for these tests (fictional people, real countries): talks held over a video link,
named by the medium's adjective ("held video talks with", "a video meeting"), are a call, which has no place; among
the members of a group they are that group's gathering."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Deputy minister holds video talks with Japanese counterpart\nKESSEL, May 4 (Agency) -- Deputy Foreign "
        "Minister Ines Marlow held video talks with her Japanese counterpart Tomas Berg on Tuesday and discussed "
        "trade.",
        "Prime Minister Ines Marlow and Prime Minister Tomas Berg of Japan held a video meeting on Tuesday to discuss "
        "the fisheries accord.",
    ],
    ids=["video-talks", "video-meeting"],
)
def test_talks_by_video_are_a_call_with_no_place(text: str) -> None:
    brief = parse(text)
    assert brief.event_type == "phone_call"
    assert brief.location is None


def test_talks_in_person_stay_a_meeting() -> None:
    text = "Deputy Foreign Minister Ines Marlow held talks with her Japanese counterpart Tomas Berg in Tokyo."
    assert parse(text).event_type == "meeting"


def test_video_talks_among_many_members_are_their_gathering() -> None:
    text = (
        "The foreign ministers of France, Germany, Italy and Spain held video talks on Tuesday on the fisheries "
        "accord."
    )
    assert parse(text).event_type == "conference"
