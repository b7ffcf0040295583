"""Event type on briefs invented for these tests (fictional people, real countries): an interview given to an outlet,
told in a lead sentence that names no event ("X said in an interview with Rossiya-1 television"), is what the brief
reports, a statement, even when a later sentence tells of talks the speaker spoke of. A conversation with a person
named after the same link stays that conversation."""

from __future__ import annotations

from briefparse import parse


def test_interview_with_a_channel_outweighs_talks_told_later() -> None:
    text = (
        "MINSK, June 14. /TASS/. Belarusian President Ivan Kordel has said that his Polish counterpart had tried to "
        "open a channel of communication with Belarus.\n\n"
        "\"He tells me, 'Let's talk,'\" Kordel said in an interview with Rossiya-1 television.\n\n"
        "The Belarusian president said the countries had held talks in Brest, which were attended by an intelligence "
        "chief.\n\n"
        "Kordel did not say when the talks took place."
    )
    assert parse(text).event_type == "statement"


def test_talks_told_after_a_plain_remark_stay_a_meeting() -> None:
    text = (
        "Foreign Minister Jan Moss held talks with his Kenyan counterpart Paul Odera in Nairobi on Monday.\n\n"
        "\"We agreed on a road map,\" Moss said in an interview with Kenya Television Network after the talks."
    )
    assert parse(text).event_type == "meeting"
