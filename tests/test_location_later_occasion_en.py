"""Location on briefs invented for these tests (fictional people, real countries): when the place the event's
sentence names is one the gazetteer does not know, a known place that a later sentence names does not replace it
if that sentence opens on an occasion after the event ("After the meeting, …", "Later, …")."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize("opener", ["After the meeting,", "Later,", "Following the talks,"])
def test_a_place_of_an_occasion_after_the_event_is_not_its_place(opener: str) -> None:
    text = (
        "Trade Minister Paula Marin paid a courtesy call on Governor Ivo Berg today.\n\n"
        "The meeting took place at the Governor's office in Kelmaren Heights at about 10am.\n\n"
        f"{opener} Marin and her delegation went on to the fish market in Surabaya."
    )
    assert parse(text).location == "Kelmaren Heights"
