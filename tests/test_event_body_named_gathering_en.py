"""Event type on briefs invented for these tests (fictional people, real countries): a gathering's word that ends
the name of a standing body, whose office holder the brief names ("the Lake Economic Forum's President", "President
of the Lake Economic Forum"), is an organisation, not a conference; the phone call the brief tells is its event."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Minister Tomas Berg, Lake Economic Forum's President discuss cooperation\n\nOSLO, 3rd March 2021 - Foreign "
        "Minister Tomas Berg reviewed with Ines Marlow, President of the Lake Economic Forum, ways of enhancing "
        "cooperation.\n\nThis came over a phone call today, wherein they discussed the pandemic.",
        "Ines Marlow, President of the Lake Economic Forum, and Tomas Berg review cooperation\n\nOSLO, 3rd March "
        "2021 - Foreign Minister Tomas Berg reviewed with Ines Marlow, President of the Lake Economic Forum, ways of "
        "enhancing cooperation.\n\nThe two sides also looked at trade. This came over a phone call today.",
    ],
    ids=["possessive-title", "title-of-the-body"],
)
def test_a_body_named_by_a_gathering_word_is_no_conference(text: str) -> None:
    assert parse(text).event_type == "phone_call"


def test_a_gathering_word_without_a_holder_stays_a_conference() -> None:
    text = "The Lake Economic Forum opened in Oslo on Tuesday with ministers from twelve countries."
    assert parse(text).event_type == "conference"
