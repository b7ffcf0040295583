"""A swearing-in told in a headline in title case, then the list of those sworn in (briefs written for these
tests)."""

from __future__ import annotations

import datetime as dt

import briefparse

_BRIEF = (
    "New Ministers and Deputy Ministers Subscribe to Oath of Office at Kessel Palace\n\n"
    "Kessel, Friday 15 March 2024 – Newly approved Ministers and Deputy Ministers have subscribed to the Oath of "
    "Office before President Paul Marin at a ceremony in Kessel Palace.\n\n"
    "The appointees were Ana Lindqvist as Minister of Trade, and Thomas Berg as Deputy Minister of Health.\n\n"
    "While congratulating them, President Marin said the task ahead was a heavy one for the whole government."
)


def test_those_listed_after_the_swearing_in_take_part():
    brief = briefparse.parse(_BRIEF, reference_date=dt.date(2024, 3, 15))
    names = {p.name for p in brief.participants}
    assert {"Paul Marin", "Ana Lindqvist", "Thomas Berg"} <= names


def test_a_title_case_verb_and_a_plural_rank_are_no_one():
    brief = briefparse.parse(_BRIEF, reference_date=dt.date(2024, 3, 15))
    assert all(p.name not in (None, "Subscribe") for p in brief.participants)
