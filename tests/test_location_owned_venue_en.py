"""Location on briefs invented for these tests (fictional people, real countries): a venue named without its name
and owned by a possessive ("at the President's residence", "at the country's presidential palace") is where the
event was held, as the unowned one is."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("venue", "expected"),
    [
        ("the President's residence", "President's residence"),
        ("the Prime Minister’s residence", "Prime Minister’s residence"),
        ("the country's presidential palace", "country's presidential palace"),
    ],
)
def test_a_venue_owned_by_a_possessive_is_the_place(venue: str, expected: str) -> None:
    text = (
        f"President Ivo Berg received the Foreign Minister of Norway, Paul Marin, at {venue} on Monday. "
        "The two discussed fisheries and trade."
    )
    assert parse(text).location == expected
