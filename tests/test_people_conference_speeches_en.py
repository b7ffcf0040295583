"""At a summit, those who delivered or made a speech took part, a speech told as a thing delivered ("X, Y and others
delivered speeches", "X made a speech at the plenary session") (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse

_OPENING = "Prime Minister Rui Senna attended the opening of the 5th Northern Forum summit in Corvale on Monday. "


def test_those_who_delivered_speeches_at_the_opening_take_part() -> None:
    brief = briefparse.parse(
        _OPENING + "After the family photo, the opening ceremony took place, in the framework of which President "
        "Anna Holt of Valdoria, Prime Minister Piet Kamara of Ostria and others delivered speeches.",
        reference_date=dt.date(2024, 5, 14),
    )
    assert brief.event_type == "conference"
    assert {p.name for p in brief.participants} == {"Rui Senna", "Anna Holt", "Piet Kamara"}


def test_one_who_made_a_speech_at_the_session_takes_part() -> None:
    brief = briefparse.parse(
        _OPENING + "President Anna Holt of Valdoria made a speech at the plenary session.",
        reference_date=dt.date(2024, 5, 14),
    )
    assert {p.name for p in brief.participants} == {"Rui Senna", "Anna Holt"}
