"""Event type on briefs invented for these tests (fictional people and countries): a gathering's word that a meeting
with one counterpart completes ("held a summit meeting with President X", "a high-level meeting with the Lake Bank
president") reports a meeting of two; with members in the plural after it, it stays a gathering."""

from __future__ import annotations

from briefparse import parse


def test_a_summit_meeting_with_one_leader_is_a_meeting() -> None:
    text = (
        "King holds summit meeting with Marin\n\n"
        "His Majesty King Ivo Berg of Valdoria, on Wednesday, held a summit meeting with Norland President Paul Marin "
        "that dealt with efforts to fight smuggling on the lake."
    )
    assert parse(text).event_type == "meeting"


def test_a_high_level_meeting_with_one_head_is_a_meeting() -> None:
    text = (
        "Valdoria's participation in a high-level meeting with the Lake Bank president Mr. Paul Marin in Kessel.\n\n"
        "Deputy Prime Minister Ivo Berg took part in the high-level meeting with Lake Bank President Paul Marin in "
        "Kessel last week."
    )
    assert parse(text).event_type == "meeting"


def test_a_ministerial_meeting_with_many_ministers_stays_a_gathering() -> None:
    text = (
        "Foreign Minister Ivo Berg of Valdoria chaired a ministerial meeting with the foreign ministers of Norland, "
        "Lakeland and Osterra in Kessel on Monday."
    )
    assert parse(text).event_type == "conference"
