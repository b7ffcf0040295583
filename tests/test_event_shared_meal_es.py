"""A meal shared with someone is a meeting, its guests the parties (briefs written for these tests)."""

from __future__ import annotations

import briefparse


def test_a_lunch_with_an_envoy_is_a_meeting_with_him():
    brief = briefparse.parse(
        "MONTEVIDEO (NA).- La presidenta Rosa Etchart Paz almorzó ayer con el enviado especial de Canadá, Paul "
        "Girard Lévesque, según se informó oficialmente.\n"
    )
    assert brief.event_type == "meeting"
    assert {p.name for p in brief.participants} >= {"Rosa Etchart Paz", "Paul Girard Lévesque"}


def test_a_dinner_in_the_perfect_is_one_too():
    brief = briefparse.parse(
        "El canciller Tomás Villalba Ruiz ha cenado con su homóloga peruana, Elena Cordero Paz, en la Casa de "
        "Gobierno el 4 de marzo de 2025.\n"
    )
    assert brief.event_type == "meeting"
    assert brief.location == "Casa de Gobierno"
