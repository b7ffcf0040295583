"""Event type on briefs invented for these tests (fictional people, real countries): the participle of wire readouts
("said … while talking to X", "Talking to a delegation headed by X, …") reports a meeting with the people it is
said to; said to the media or to a news outlet ("Speaking to Reuters"), or to no one the clause names, it is the
setting of a statement."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ivo Berg said on Tuesday that he wanted closer ties with Norway while talking to Foreign "
        "Minister of Norway Paul Marin in Kessel.\n\nThe two sides agreed to meet again next year.",
        "Talking to a Japanese parliamentary delegation headed by Ken Sato in Kessel, the prime minister appreciated "
        "the momentum of bilateral relations.\n\nSato said Japan wanted closer ties.",
    ],
)
def test_talking_to_people_is_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Talking to the media, President Ivo Berg said the floods had killed twelve people in the north.",
        "Speaking to reporters on Monday, Foreign Minister Paul Marin said the border talks would resume next month.",
        "Speaking to Reuters on Monday, Foreign Minister Paul Marin said the border talks would resume next month.",
        "Foreign Minister Paul Marin spoke to CNN on Monday and said the border talks would resume next month.",
    ],
)
def test_talking_to_the_media_is_a_statement(text: str) -> None:
    assert parse(text).event_type == "statement"
