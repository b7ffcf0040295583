"""A session of a gathering named by its place in the programme ("the inaugural session", "the first retreat
session"), a leaders' retreat and a conclave are gatherings: a speech given there is the conference's, not a statement
of its own (English briefs written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def test_an_opening_speech_at_a_retreat_session_is_a_conference():
    text = (
        "President addresses APEC retreat session\n\n"
        "On the morning of November 11 in Da Nang, President Tran Van Lam delivered an opening speech at the APEC "
        "first retreat session.\n\n"
        "In his remarks, President Lam said the region had seen faster changes than expected.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 11, 11)).event_type == "conference"


def test_ministers_addressing_the_inaugural_session_of_a_conclave_is_a_conference():
    text = (
        "Ministers address inaugural session of Kathmandu Global Conclave\n\n"
        "KATHMANDU - Foreign Minister Arjun Pradhan, while addressing the inaugural session of the Kathmandu Global "
        "Conclave on Friday morning, said the region could become a hub of discourse.\n\n"
        "The three-day conclave was opened by a group of dignitaries, including Pradhan.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 3)).event_type == "conference"


def test_a_statement_without_a_gathering_stays_a_statement():
    """Control: remarks made with no session or gathering named stay a statement."""
    text = (
        "KATHMANDU - Foreign Minister Arjun Pradhan said on Friday that the region could become a hub of "
        "discourse for international affairs.\n\n"
        "He said the government was willing to increase its ties with all nations.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 3)).event_type == "statement"
