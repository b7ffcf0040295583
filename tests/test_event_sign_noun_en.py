"""Event type on briefs invented for these tests (fictional people, real countries): the noun "sign" ("as a sign of
mourning") tells no signing; the verb does ("India, Chile sign pact")."""

from __future__ import annotations

from briefparse import parse


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
