"""A later sentence in which someone looks forward to an encounter ("noted that he looked forward to meeting with
President X") tells of one still to come: whom it names there is mentioned, not a party to the event the brief
reports. The briefs are invented for the test."""

import datetime as dt

import briefparse


def _people(text: str) -> tuple[list[str], list[str]]:
    brief = briefparse.parse(text, reference_date=dt.date(2025, 3, 5))
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


def test_a_meeting_looked_forward_to_is_not_the_one_reported():
    taking_part, mentioned = _people(
        "Dinner for the Prime Minister\n\n"
        "Foreign Minister Anna Velt gave a dinner for Prime Minister Tom Berg at the Foreign Office on Monday. "
        "Over dessert, the Prime Minister said he looked forward to meeting with President Karl Dorn on 23 March."
    )
    assert taking_part == ["Anna Velt", "Tom Berg"]
    assert mentioned == ["Karl Dorn"]


def test_the_present_tense_reads_alike():
    taking_part, mentioned = _people(
        "Trade ties\n\n"
        "Minister Anna Velt received Norland's ambassador Jean Kessel in Arden on Monday. The ambassador said he "
        "looks forward to talks with Finance Minister Luc Morel later in the month."
    )
    assert taking_part == ["Anna Velt", "Jean Kessel"]
    assert mentioned == ["Luc Morel"]
