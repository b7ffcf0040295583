"""Event type on briefs invented for these tests (fictional people, real countries): a launch done (a programme set
going, a launching ceremony) is an event of its own, not a statement nor a visit; one announced ("will launch") is
not. A title that opens on a text of its own ("Remarks by the Spokesman") makes the brief that statement, even when
its first sentence names a gathering still to come."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Minister launches national skills scheme\n\nOSLO: The launching ceremony of the National Skills Scheme was "
        "held at the University of Oslo here on Friday.\n\nEducation Minister Ines Marlow launched the scheme, which "
        "the university will run.\n\nSpeaking on the occasion, Ines Marlow said young people needed skills.",
        "OSLO: The government has formally launched the Youth Package worth two billion kroner.\n\nTwelve programmes "
        "were launched by Planning Minister Tomas Berg during a ceremony held on Tuesday. Hundreds of students have "
        "attended the ceremony.",
    ],
    ids=["launching-ceremony", "launched-and-attended"],
)
def test_a_launch_done_is_an_event_of_its_own(text: str) -> None:
    assert parse(text).event_type == "other"


def test_a_launch_announced_is_no_event() -> None:
    text = "Minister Ines Marlow said on Tuesday the government will launch a skills scheme next year."
    assert parse(text).event_type == "statement"


def test_a_titled_text_stays_a_statement_before_a_gathering_to_come() -> None:
    text = (
        "Remarks by the Government Spokesman\n\nThe United Nations informed the President today that the leader of "
        "the northern community will not attend the meeting of the leaders scheduled for tomorrow, said the "
        "Government Spokesman, Tomas Berg, today.\n\nIn his remarks to reporters, the Spokesman said the meeting "
        "will not take place."
    )
    assert parse(text).event_type == "statement"
