"""Lead point of a statement, on briefs invented for these tests (fictional people, real countries): the opening
sentence that tells what was said leads, though it names no event word ("said Friday Kenya is keen on …") or one the
event lists also read as a meeting's ("welcomed the role of …"), before a later sentence that names a meeting or a
briefing."""

from __future__ import annotations

from briefparse import parse


def _lead(text: str) -> str:
    brief = parse(text)
    assert brief.event_type == "statement"
    point = brief.summary_points[0]
    return point if isinstance(point, str) else point.text


def test_said_opening_leads_before_a_later_meeting_word() -> None:
    text = (
        "NAIROBI, March 3 (Valdo News) -- Foreign Minister Daniel Okoro said Friday Kenya is keen on close and "
        "continued contact with the ambassadors of friendly countries in a manner that serves mutual interests.\n\n"
        "Okoro made the remark to reporters after the yearly reception held by former governor Peter Wambua for "
        "foreign diplomats and their families in Karen.\n\n"
        "The minister thanked Wambua for the kind invitation, saying that this annual meeting held for twenty years "
        "is a chance for more contact with the diplomats."
    )
    assert _lead(text).startswith("Foreign Minister Daniel Okoro said Friday Kenya is keen")


def test_welcomed_opening_leads_before_the_briefing() -> None:
    text = (
        "ACCRA: The Foreign Ministry on Friday welcomed the role of other countries in helping Ghana and Togo to "
        "engage in talks and said that the government would never shy away from dialogue.\n\n"
        "At the weekly media briefing here, spokesman Kofi Asante was asked about reports that several countries "
        "were trying to bring the two neighbours together.\n\n"
        "\u201cWe believe that our partners have an important role to play in keeping the region calm,\u201d he said."
    )
    assert _lead(text).startswith("The Foreign Ministry on Friday welcomed the role of other countries")
