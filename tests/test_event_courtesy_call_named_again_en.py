"""Event type on briefs invented for these tests (fictional people, real places): a call paid in person on an office
holder is a meeting when the holder is one for a time ("called on the acting Prime Minister"), when the call is named
by its custom ("paid a customary call on"), and when a later sentence names it again ("During the call, …"); a call
told first as a phone call stays one, and an appeal to an acting holder stays a statement."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "KABUL: Deputy Prime Minister Tarek Dunmore called on the acting Afghan Prime Minister Omar Kessling on "
        "Saturday in Kabul. According to a press release issued by the Ministry of Foreign Affairs, both sides "
        "discussed transit trade.",
        "Foreign Minister Ines Marlow called on the interim Kenyan President Tomas Berg at the State House on Monday.",
    ],
    ids=["acting-holder-after-article", "interim-holder"],
)
def test_a_call_on_a_holder_for_a_time_is_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


def test_an_appeal_to_an_acting_holder_stays_a_statement() -> None:
    text = "The opposition leader Ines Marlow called on the acting President Tomas Berg to resign before the vote."
    assert parse(text).event_type == "statement"


@pytest.mark.parametrize("custom", ["customary", "introductory"])
def test_a_call_named_by_its_custom_is_a_meeting(custom: str) -> None:
    text = (
        f"The Defence Adviser of Kenya, Colonel Tarek Dunmore, paid a {custom} call on General Omar Kessling, the "
        "Chief of Defence Staff, at his office in Colombo on Monday."
    )
    assert parse(text).event_type == "meeting"


def test_the_call_named_again_after_a_courtesy_call_is_that_meeting() -> None:
    text = (
        "Minister of Foreign Affairs Ines Marlow paid a courtesy call on the Prime Minister of Morocco, Tomas Berg, "
        "today.\n\nDuring the call, held at the Prime Minister's Office in Rabat, Minister Marlow conveyed the "
        "greetings of President Omar Kessling."
    )
    assert parse(text).event_type == "meeting"


@pytest.mark.parametrize("opening", ["spoke with", "held a phone call with"])
def test_the_call_named_again_after_a_conversation_stays_a_phone_call(opening: str) -> None:
    text = (
        f"Minister of Foreign Affairs Ines Marlow {opening} the Prime Minister of Morocco, Tomas Berg, today.\n\n"
        "During the call, Minister Marlow conveyed the greetings of President Omar Kessling."
    )
    assert parse(text).event_type == "phone_call"
