"""Location on briefs invented for these tests (fictional people; real cities, which the gazetteer must know): a
gathering told as done is not placed where a later sentence says the next one will be held, nor where a cancelled
one was scheduled; a gathering told as still to come keeps the place it will be held in."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Leaders of ten countries wrapped up their 12th summit on Tuesday after signing a declaration on trade."
            "\n\nThe 13th summit will be held in Dhaka in January 2005.",
            None,
        ),
        (
            "Leaders of ten countries wrapped up their summit on Tuesday after signing a declaration on trade.\n\n"
            "The next summit will be held in Dhaka.",
            None,
        ),
        (
            "LISBON: The third ministerial conference of the lake countries wound up here on Tuesday after issuing a "
            "statement.\n\nForeign Minister Paul Marin said the next conference will be held in Dhaka for the first "
            "time.",
            "LISBON",
        ),
        (
            "The foreign ministers of five countries met on Tuesday and adopted a statement on trade.\n\n"
            "They agreed that the next meeting will be held in Dhaka.",
            None,
        ),
    ],
)
def test_the_next_gathering_does_not_place_the_one_told_as_done(text: str, place: str | None) -> None:
    assert parse(text).location == place


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of ten countries will gather for a summit next week.\n\nThe summit will be held in Dhaka.",
        "Leaders of ten countries wrapped up their summit on Tuesday after signing a declaration on trade.\n\n"
        "The summit was held in Dhaka.",
    ],
)
def test_a_gathering_keeps_the_place_it_is_held_in(text: str) -> None:
    assert parse(text).location == "Dhaka"
