"""People on briefs invented for these tests (fictional people, real countries): a name in brackets after an alias
phrase ("(popularly known as Babu Chowdhury)") is another name of the person before it, not one more participant."""

from __future__ import annotations

from briefparse import parse


def test_name_after_an_alias_phrase_is_the_same_person() -> None:
    text = (
        "DHAKA - Opposition leaders paid a courtesy call on Prime Minister Nasrin Hoque on Tuesday at her official "
        "residence.\n\nOpposition leader Amal Rahman and Kamal Hossain Chowdhury (popularly known as Babu Chowdhury) "
        "were present at the meeting."
    )
    names = [p.name for p in parse(text).participants]
    assert "Kamal Hossain Chowdhury" in names
    assert "Babu Chowdhury" not in names
