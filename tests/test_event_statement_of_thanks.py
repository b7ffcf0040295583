"""Event type and place on briefs invented for these tests (fictional people, real countries): a ministry's statement
of thanks ("expressed its thanks … to all the parties", a headline "Ministry Thanks …") is a statement, made where its
dateline files it; thanks addressed to a person by name or office stay a message sent, which has no place."""

from __future__ import annotations

from briefparse import parse

_THANKS = (
    "Foreign Ministry Thanks Partners that Backed Peace Agreement\n\n"
    "Nairobi, March 3 (KNA) - In a statement issued Tuesday, the Foreign Ministry expressed its thanks and "
    "appreciation to all the parties that contributed to the peace agreement signed on Tuesday between the "
    "government and the rebel movement.\n\n"
    "The Foreign Ministry thanked the African Union and its envoy Professor Jan Lindqvist, whose patience had an "
    "effective impact on the success of the talks."
)


def test_ministry_thanking_parties_is_a_statement() -> None:
    brief = parse(_THANKS)
    assert brief.event_type == "statement"
    assert brief.location == "Nairobi"


def test_thanks_to_a_named_person_stay_a_message() -> None:
    text = (
        "President Tomas Berg thanks Ines Marlow for her support\n\n"
        "President Tomas Berg thanked Ines Marlow for her support to Kenya's development.\n"
        "Berg said he looked forward to working with her."
    )
    brief = parse(text)
    assert brief.event_type == "statement"
    assert brief.location is None
