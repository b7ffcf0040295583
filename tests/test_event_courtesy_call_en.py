"""Event type on briefs invented for these tests (fictional people, real countries): a courtesy call is a visit to
someone's office, whatever verb carries it ("held a courtesy call with X", "a farewell call with"); the phone word
"call with" read inside that phrase is not a phone call. A medium word before it ("a telephonic courtesy call")
makes it one."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Minister receives envoy\n\nKESSEL, March 3 - Foreign Minister Ines Marlow on Tuesday held a courtesy call "
        "with the Ambassador of Japan, Tomas Berg, at the Ministry.",
        "Ambassador Tomas Berg held a farewell call with Foreign Minister Ines Marlow on Tuesday. They discussed "
        "trade between Japan and Fiji.",
    ],
    ids=["courtesy-call-with", "farewell-call-with"],
)
def test_a_call_paid_in_person_with_someone_is_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


def test_a_courtesy_call_by_phone_is_a_phone_call() -> None:
    text = "Minister Tomas Berg held a telephonic courtesy call with his Japanese counterpart Ines Marlow on Tuesday."
    assert parse(text).event_type == "phone_call"


def test_a_phone_call_with_someone_stays_a_phone_call() -> None:
    text = "Prime Minister Tomas Berg held a phone call with Prime Minister Ines Marlow of Japan on Tuesday."
    assert parse(text).event_type == "phone_call"


def test_a_call_on_an_office_opening_on_its_article_is_a_meeting() -> None:
    text = (
        "ISLAMABAD\nThe newly appointed Danish Ambassador, Tomas Berg called on the Foreign Minister Ines Marlow on "
        "Monday.\n\u201cMatters of common interest came under review,\u201d said a foreign office statement."
    )
    assert parse(text).event_type == "meeting"


def test_an_appeal_to_an_office_opening_on_its_article_is_no_meeting() -> None:
    text = "Opposition leader Tomas Berg on Monday called on the Foreign Minister to resign over the visa backlog."
    assert parse(text).event_type != "meeting"
