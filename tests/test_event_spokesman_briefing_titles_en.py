"""Event type of a spokesman's briefing, on briefs invented for these tests (fictional people, real countries): the
briefing a meeting verb hosts or chairs ("hosted a regular press conference") is what was said to the press, a
statement; so is a page titled as a ministry's briefing, answer or comment ("Briefing by Foreign Ministry Spokesperson
X, Moscow, …", "X's answer to a media question"), whatever visits and meetings it goes on to announce. A host's guest
or a reception stays a meeting."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "opening",
    [
        "On March 3, Foreign Ministry spokesman Lin Dao hosted a regular press conference.",
        "Foreign Ministry spokeswoman Ines Marlow chaired the weekly press briefing on Thursday.",
        "Spokesperson Ines Marlow hosted the daily briefing on Thursday.",
    ],
)
def test_a_briefing_hosted_by_a_spokesman_is_a_statement(opening: str) -> None:
    text = (
        f"{opening} Some of the transcripts are as follows:\n\n"
        "Question: Storms hit the coast of Peru this morning. What is your comment?\n\n"
        "Answer: We have noted the reports and hope the situation can be eased as soon as possible."
    )
    assert parse(text, reference_date="2023-03-10").event_type == "statement"


@pytest.mark.parametrize(
    "title",
    [
        "Briefing by Foreign Ministry Spokesperson Ines Marlow, Moscow, October 4, 2017",
        "Foreign Ministry Spokesperson Ines Marlow’s answer to a media question about the talks in Lima",
        "Comment by the Information and Press Department on the visit of Foreign Minister Tomas Berg to Peru",
    ],
)
def test_a_ministry_briefing_title_makes_a_statement(title: str) -> None:
    text = (
        f"{title}\n\n"
        "Table of contents\n\n"
        "1. Foreign Minister Tomas Berg’s official visit to Peru\n"
        "2. Foreign Minister Tomas Berg meets with university graduates\n\n"
        "On October 9, Foreign Minister Tomas Berg will pay an official visit to Peru, where he will hold talks with "
        "his counterpart."
    )
    assert parse(text).event_type == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Tomas Berg hosted his Peruvian counterpart Ana Ruiz in Lima on Monday.",
        "The Prime Minister hosted a reception at Government House on Monday for the diplomatic corps.",
    ],
)
def test_a_host_of_guests_stays_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"
