"""Event type on briefs invented for these tests (fictional people, real countries): a reception given for a guest,
told by its noun ("at his reception for the new ambassador"), is a meeting; a joint communique signed at the close of
a summit reports the summit, the participle of signing being part of the communique's noun."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Tomas Berg made the remarks at his reception for new Chilean Ambassador to Vietnam Ines Marlow "
        "in Hanoi on October 3.\nHe praised the friendship between the two countries and their trade.",
        "Prime Minister Tomas Berg hailed the ties with Chile at a reception for Chilean Ambassador Ines Marlow in "
        "Hanoi on October 3.\nBoth sides pledged closer cooperation in farming.",
    ],
    ids=["his-reception-for", "a-reception-for"],
)
def test_a_reception_for_a_guest_is_a_meeting(text: str) -> None:
    brief = parse(text)
    assert brief.event_type == "meeting"
    assert brief.location == "Hanoi"


def test_a_communique_signed_at_the_close_of_a_summit_reports_the_summit() -> None:
    text = (
        "The heads of state of the Lake Union on Sunday agreed to deepen their cooperation on water and trade.\n"
        "The leaders of nine member countries made this pledge in a joint communique signed by them on the conclusion "
        "of the two-day summit held in Kampala.\nPresident Tomas Berg of Kenya and President Ines Marlow of Uganda "
        "attended."
    )
    assert parse(text).event_type == "conference"
