"""Event type on briefs invented for these tests (fictional people, real places): a ceremony named by its act (a
wreath laid, a ribbon cut, ground broken) is an 'other' event, also inside a visit and as the object of a verb of
hosting; a visit whose programme lists a wreath-laying after the talks stays what its lead reports."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Berg lays a wreath at the Tomb of the Unknown Soldier\n\nPresident Tomas Berg laid a wreath "
        "at the Tomb of the Unknown Soldier in Moscow during his official visit to Russia. The ceremony participants "
        "observed a minute of silence.",
        "Ambassador Ines Marlow hosts ribbon cutting ceremony\n\nAt an official ribbon cutting ceremony on Monday in "
        "Juba, Ambassador Ines Marlow officially opened the new consulate building.",
        "Ambassador Ines Marlow and Minister Omar Kessling will preside over a ceremony on Friday to open the new "
        "embassy. The event will consist of remarks, national anthems, a ribbon cutting and a reception.",
        "Embassy expands: Ground-breaking ceremony today\n\nAmbassador Ines Marlow, alongside Minister Omar Kessling, "
        "broke ground on the new embassy complex in Colombo today.",
    ],
    ids=["wreath-during-visit", "hosts-ribbon-cutting", "announced-opening", "ground-breaking"],
)
def test_a_ceremony_named_by_its_act_is_other(text: str) -> None:
    assert parse(text).event_type == "other"


def test_talks_before_a_wreath_laying_stay_a_meeting() -> None:
    text = (
        "President Tomas Berg held talks with Prime Minister Omar Kessling in Hanoi on Monday. The two leaders "
        "discussed trade and investment. Later in the day, Berg laid a wreath at the Ho Chi Minh Mausoleum."
    )
    assert parse(text).event_type == "meeting"
