"""Event type on briefs invented for these tests (fictional people and countries): a reception verb whose object is
a thing ("received a fresh mandate", "receives written guarantees from X") reports no meeting, so the statement the
brief tells is its event; one that receives a guest (a name, a role, a delegation, a message or credentials) still
reports the meeting."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Valdoria to put its citizens first, says State Minister Paul Marin\n\n"
        "Valdoria's new state minister for foreign affairs Paul Marin on Thursday said the government would put "
        "its citizens first in its dealings abroad.\n"
        "Briefing reporters at the ministry, he said the government had received a fresh democratic mandate and "
        "would engage every country with confidence.",
        "KESSEL: The Foreign Office spokesperson has reiterated that Norland and Valdoria observe no ceasefire.\n"
        "He indicated that talks can only resume when Norland receives concrete written guarantees from the "
        "Valdorian authorities.\n"
        "In his weekly briefing, Paul Marin, the Foreign Office spokesperson, said the border stays closed.",
    ],
)
def test_a_thing_received_makes_no_meeting(text: str) -> None:
    assert parse(text).event_type == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Minister of State Paul Marin received Ivo Berg, Ambassador of Norland to Valdoria. The discussion focused "
        "on bilateral relations.",
        "President Paul Marin yesterday received a delegation of the Norland Chamber of Commerce led by Ivo Berg.",
        "Foreign Minister Paul Marin receives written message from the President of Norland.\n\n"
        "Foreign Minister Paul Marin received a written message from the President of Norland, Ivo Berg.",
        "President Paul Marin received here this morning at the Peace Palace the Norland Ambassador Ivo Berg.",
    ],
)
def test_a_guest_received_is_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


def test_a_guest_received_by_the_noun_of_a_diplomat_is_no_thing() -> None:
    text = (
        "Norland's Minister of Foreign Affairs, Paul Marin, was on hand to meet the Secretary of State of Valdoria, "
        "Ivo Berg, in Kessel.\n\n"
        "Marin received the high-ranking diplomat at the presidential wing of the city's airport after his plane "
        "touched down on Tuesday afternoon.\n\n"
        "Berg is expected to hold bilateral talks during his stay."
    )
    assert parse(text).event_type == "visit"
