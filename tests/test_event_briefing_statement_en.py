"""Event type and place on briefs invented for these tests (fictional people, real countries): a spokesman's weekly
news briefing is what was said to the press, a statement, even when what was said names talks ("no interest in talks
with armed groups"); the place right after the briefing ("at her weekly news briefing here in Islamabad") is where it
was said."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize("briefing", ["weekly news briefing", "weekly media briefing", "regular news briefing"])
def test_a_spokesperson_at_her_briefing_makes_a_statement(briefing: str) -> None:
    text = (
        "The Foreign Office has rejected calls for dialogue with armed groups.\n"
        f"At her {briefing} here in Islamabad on Thursday, Foreign Office Spokesperson Ines Marlow reiterated that "
        "Pakistan has no interest in talks with armed groups.\n"
        "She said the authorities across the border had been given evidence."
    )
    brief = parse(text, reference_date="2023-03-10")
    assert brief.event_type == "statement"
    assert brief.location == "Islamabad"


def test_talks_held_with_a_named_counterpart_stay_a_meeting() -> None:
    text = "Foreign Minister Ines Marlow held talks with her Japanese counterpart Tomas Berg in Islamabad on Thursday."
    assert parse(text).event_type == "meeting"
