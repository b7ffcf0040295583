"""Dates on briefs invented for these tests (fictional people, real countries): a bare weekday whose clause goes on
past "that" to a future ("… on Tuesday and assured that they will continue …") is the past day of the meeting; the
future belongs to what was said. A future in the weekday's own clause still makes it the coming one."""

from __future__ import annotations

import datetime as dt

from briefparse import parse

_REF = dt.date(2022, 12, 14)  # a Wednesday


def test_future_in_a_reported_clause_leaves_the_past_weekday() -> None:
    text = (
        "Opposition leaders Amal Rahman and Bodrul Karim paid a courtesy call on Prime Minister Nasrin Hoque "
        "Tuesday afternoon at her official residence and assured that they will continue to play a constructive "
        "role in parliament."
    )
    assert parse(text, reference_date=_REF).date == "2022-12-13"


def test_future_in_the_weekday_clause_is_the_coming_day() -> None:
    text = "Prime Minister Nasrin Hoque will receive opposition leader Amal Rahman Tuesday afternoon in Dhaka."
    assert parse(text, reference_date=_REF).date == "2022-12-20"
