"""Event type on readouts invented for these tests (fictional people, real countries): a verb of speaking with a person
that nothing places ("The Secretary spoke today with Foreign Minister X") reports a call, as government readouts write
it without naming the phone; the same verb with a city, a meeting held in person, or no one spoken with does not."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State Paula Marin spoke today with Norwegian Foreign Minister Ivo Berg. Secretary Marin and "
        "Minister Berg discussed the upcoming Arctic forum, where they will meet next week.",
        "Prime Minister Tomas Keller talked with his Chilean counterpart Ana Brook on Tuesday about fisheries. They "
        "agreed to stay in close touch.",
    ],
)
def test_a_conversation_nothing_places_is_a_readouts_call(text: str) -> None:
    assert parse(text).event_type == "phone_call"


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State Paula Marin spoke with Norwegian Foreign Minister Ivo Berg in Brussels on Tuesday. They "
        "discussed the Arctic forum.",
        "Secretary of State Paula Marin met Norwegian Foreign Minister Ivo Berg on Tuesday and spoke with him about "
        "the Arctic forum.",
    ],
)
def test_a_conversation_held_in_person_stays_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


def test_speaking_to_no_one_in_particular_is_no_call() -> None:
    assert parse("Foreign Minister Paula Marin spoke to reporters on Tuesday about the Arctic forum.").event_type != (
        "phone_call"
    )
