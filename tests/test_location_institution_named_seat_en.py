"""A meeting held at an institution's seat named with its noun last ("at the State Department", "at the Prime
Minister's Office"), though its name opens with a common word: the seat is the place; not after "in".

Every brief and every person here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def location(where: str) -> str | None:
    text = (
        f"Foreign Minister Ana Brook received the Ambassador of Peru, Tomas Keller, {where} on Monday.\n\n"
        "The two discussed trade and investment between their countries.\n"
    )
    return briefparse.parse(text, reference_date=dt.date(2023, 5, 10)).location


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("at the State Department", "State Department"),
        ("at the Foreign Office", "Foreign Office"),
        ("at the Prime Minister's Office", "Prime Minister's Office"),
    ],
)
def test_en_seat_named_with_its_institution_noun_last(where: str, place: str) -> None:
    assert location(where) == place


def test_en_common_word_before_an_institution_noun_after_in_is_no_seat() -> None:
    assert location("in the Foreign Office's view") is None
