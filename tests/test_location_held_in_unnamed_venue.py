"""Location on briefs invented for these tests (fictional people, real cities): a sentence that holds the event in a
venue named only by its noun ("The meeting takes place in the ministry's old building", "Переговоры проходили в
постоянном представительстве") places it there, not in the city the lead or the dateline names; a relative clause
that holds another event there does not."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 2, 10)).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOW, February 10. Foreign Minister Pavel Orlov began his talks with Foreign Secretary Jane Holt, who "
            "is in Moscow on a working visit. The meeting takes place in the ministry's old building on Garden "
            "Street without the press.",
            "ministry's old building",
        ),
        (
            "НЬЮ-ЙОРК, 8 февраля. Министр Павел Орлов провел переговоры с министром Яном Вестером в Нью-Йорке. "
            "Переговоры проходили в постоянном представительстве России при ООН без представителей СМИ.",
            "постоянном представительстве",
        ),
    ],
)
def test_a_venue_the_event_is_held_in_beats_the_city(text: str, expected: str) -> None:
    assert (place(text) or "").startswith(expected)


def test_a_venue_of_another_event_in_a_relative_clause_is_not_the_place() -> None:
    text = (
        "MOSCOW, February 10. Foreign Minister Pavel Orlov met Foreign Secretary Jane Holt in Moscow. They spoke of "
        "the fire that took place in the old building of the museum last week."
    )
    assert place(text) in ("MOSCOW", "Moscow")
