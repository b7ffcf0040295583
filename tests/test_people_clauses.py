"""Participants read from the clause that reports the encounter, seen across many outlets: a headline's capitals,
"PM X", a named day, a later sentence whose subject is a role, the second party named as the object.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2023, 5, 10))


def participants(text: str) -> list[str | None]:
    return [p.name for p in parse(text).participants]


def everyone(text: str) -> list[str | None]:
    brief = parse(text)
    return [p.name for p in brief.participants] + [p.name for p in brief.people_mentioned]


def test_en_a_headline_verb_in_capitals_ends_the_name():
    text = (
        "Premier Tovan Rellik Meets Visiting Guest\n\n"
        "Premier Tovan Rellik met with visiting Foreign Minister Asel Durmanov of Kazakhstan on Tuesday.\n"
    )
    assert "Tovan Rellik Meets" not in everyone(text)
    assert "Tovan Rellik" in participants(text)


def test_en_pm_before_a_surname_is_a_role():
    text = (
        "Prime Minister Rohan Vellay and President Amara Kolleh held a telephone conversation on Monday.\n\n"
        "According to the statement, PM Vellay called President Kolleh to discuss trade.\n"
    )
    assert participants(text) == ["Rohan Vellay", "Amara Kolleh"]


def test_en_a_named_day_of_the_calendar_is_no_one():
    text = "Prime Minister Rohan Vellay and President Amara Kolleh exchanged New Year greetings by phone on Monday.\n"
    assert "New Year" not in everyone(text)
