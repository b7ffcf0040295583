"""A leader on whose authorization a visitor acts ("upon the authorization of General Secretary X") kept out of the
participants, on a brief invented for this test (fictional people and places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def test_leader_whose_authorization_a_visitor_carries_is_only_mentioned() -> None:
    text = (
        "Belvar, May 6 -- Paul Marin, chairman of the Norland People's Party, on Monday received a delegation of the "
        "Valdorian Union Party led by Anna Berg, member of its Political Bureau.\n\n"
        "Anna Berg thanked Paul Marin for receiving the delegation and conveyed warm greetings upon the authorization "
        "of the party and its General Secretary Karl Osten.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 6))
    assert "Karl Osten" not in [p.name for p in brief.participants]
    assert "Karl Osten" in [p.name for p in brief.people_mentioned]
    assert {"Paul Marin", "Anna Berg"} <= {p.name for p in brief.participants}
