"""Event type and place on briefs invented for these tests (fictional people, real countries): a ministry's statement
of thanks ("expressed its thanks … to all the parties", a headline "Ministry Thanks …") is a statement, made where its
dateline files it; thanks addressed to a person by name or office stay a message sent, which has no place. The noun
"sign" ("as a sign of mourning") tells no signing; the verb does ("India, Chile sign pact")."""

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


def test_a_sign_of_mourning_is_no_signing() -> None:
    text = (
        "New Delhi (Valdo News) As a sign of mourning, the Chilean Embassy in India is flying its flag at half-mast "
        "after a fire in Valparaiso left 40 people dead.\n"
        "\u201cWe express our sincere condolences to the families of those deceased,\u201d the Chilean Embassy said in "
        "a post on X on Sunday."
    )
    assert parse(text).event_type == "statement"


def test_a_headline_pact_is_still_signed() -> None:
    text = (
        "India, Chile sign pact on clean energy\n\n"
        "NEW DELHI: India and Chile on Monday signed an agreement on solar power."
    )
    assert parse(text).event_type == "other"
