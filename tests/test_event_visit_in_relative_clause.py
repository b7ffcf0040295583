"""Event type on briefs invented for these tests (fictional people and countries): a visit named in a relative clause
about a participant ("X, who is on a three-day official visit to Y, met Z") tells who that person is, whatever the
visit's rank; the sentence's verb, a meeting, is the event. A visit the sentence itself reports stays a visit."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister of Norland Paul Marin who was on a one-day official visit to Valdoria met with his "
        "Valdorian counterpart, Foreign Minister Ivo Berg, for bilateral talks at the Ministry of Foreign Affairs.",
        "The Minister of External Affairs of Norland Paul Marin, who is on a three-day state visit to Valdoria, met "
        "with President Ivo Berg at the Presidential Palace on Monday.",
    ],
)
def test_a_visit_in_a_relative_clause_leaves_the_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "President Paul Marin of Norland arrived in Kessel on Monday for a three-day state visit to Valdoria, during "
        "which he will meet President Ivo Berg.",
        "During his official visit to Valdoria, Norland's Foreign Minister Paul Marin toured the port of Kessel.",
    ],
)
def test_a_visit_the_sentence_reports_stays_a_visit(text: str) -> None:
    assert parse(text).event_type == "visit"
