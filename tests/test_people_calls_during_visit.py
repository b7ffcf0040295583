"""Participants on briefs invented for these tests (fictional people, real places): in a brief that reports a visit,
the calls the visitor receives while away are the visit's own programme ("Chief Minister Y also called on the Prime
Minister at the Governor House"): who calls takes part. In a brief that reports a meeting, a later encounter set
apart by "also" stays another one."""

from __future__ import annotations

from briefparse import parse


def test_a_call_on_the_visitor_set_apart_by_also_is_part_of_the_visit() -> None:
    text = (
        "KARACHI, Aug 12 (Agency): Prime Minister Tomas Berg on Saturday evening left for Lahore after a day-long "
        "visit to Karachi.\n\n"
        "He was seen off at the Karachi Airport by Governor Sindh, Ines Marlow.\n\n"
        "Later, he was briefed at the Governor House about development projects.\n\n"
        "Sindh Chief Minister Karl Weber also called on the Prime Minister at the Governor House."
    )
    brief = parse(text, reference_date="2017-08-12")
    assert brief.event_type == "visit"
    assert "Karl Weber" in {p.name for p in brief.participants}


def test_a_later_encounter_in_a_meeting_brief_stays_another_one() -> None:
    text = (
        "BELVAR, May 6 -- Norland's President Tomas Berg met with Valdorian Foreign Minister Ines Marlow in Belvar "
        "on Monday, and the two discussed trade.\n\n"
        "Defence Minister Karl Weber has also held talks with Marlow during her stay."
    )
    brief = parse(text, reference_date="2019-05-06")
    assert brief.event_type == "meeting"
    assert "Karl Weber" not in {p.name for p in brief.participants}


def test_who_sees_the_visitor_off_takes_part() -> None:
    text = (
        "KARACHI, Aug 12 (Agency): Prime Minister Tomas Berg on Saturday evening left for Lahore after a day-long "
        "visit to Karachi.\n\n"
        "He was seen off at the Karachi Airport by Governor Sindh, Ines Marlow."
    )
    brief = parse(text, reference_date="2017-08-12")
    assert brief.event_type == "visit"
    assert "Ines Marlow" in {p.name for p in brief.participants}
