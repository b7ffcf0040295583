"""Whoever speaks in a brief about a gathering still to come has not spoken at it (briefs written for these
tests)."""

from __future__ import annotations

import datetime as dt

import briefparse

_TO_COME = (
    "Realizarán cumbre de la Unión del Lago el 14 de marzo en Kessel\n\nLunes, 11 de marzo del 2024\n\n"
    "Encuentro contará con la presencia del presidente Paul Marin, anunció el canciller Ines Marlow.\n\n"
    "En un programa dominical, Marlow dijo que se abordarán la migración y el comercio."
)


def test_the_speaker_before_a_gathering_to_come_is_only_mentioned():
    brief = briefparse.parse(_TO_COME, reference_date=dt.date(2024, 3, 11))
    assert brief.event_type == "conference"
    names = [p.name for p in brief.participants]
    assert "Ines Marlow" not in names
    assert "Paul Marin" in names


def test_the_speaker_at_a_gathering_held_took_part():
    text = (
        "Cumbre de la Unión del Lago en Kessel\n\nLa cumbre de la Unión del Lago se celebró el lunes en Kessel con "
        "los presidentes Paul Marin y Ana Ortega.\n\nEn su discurso, el canciller Ines Marlow dijo que la cumbre "
        "abordó la migración y el comercio."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    assert brief.event_type == "conference"
    assert "Ines Marlow" in [p.name for p in brief.participants]
