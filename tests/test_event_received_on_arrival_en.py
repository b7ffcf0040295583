"""Event type on briefs invented for these tests (fictional people and countries): a reception whose guest's arrival
a clause after the verb tells ("received X who arrived in the country on a visit", "welcomed X when he landed") is the
guest's arrival, a visit; talks with a guest who arrived the day before, or a guest whose arrival is told before the
verb that receives him, stay a meeting."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Valmora PM given warm welcome\n\nKESSEL: Prime Minister Paul Marin on Monday warmly received Valmoran "
        "Prime Minister Ivo Berg who arrived in the country on a two-day official visit.\n\nChildren presented "
        "bouquets to the guest.",
        "President Paul Marin received the Emir of Valmora, Ivo Berg, when he arrived in Kessel on Sunday evening.",
    ],
)
def test_a_reception_told_with_the_guest_s_arrival_is_a_visit(text: str) -> None:
    assert parse(text).event_type == "visit"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Paul Marin held talks with his Valmoran counterpart Ivo Berg, who arrived in Kessel on "
        "Thursday. The two leaders discussed trade.",
        "Ivo Berg, the Valmoran foreign minister, who arrived in Kessel on Tuesday, was received by President Paul "
        "Marin at the State House.",
    ],
)
def test_talks_or_an_arrival_before_the_verb_stay_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"
