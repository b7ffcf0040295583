"""German event type: "begrüßte" acting on people is a greeting, a meeting, and on a thing a statement; a standing
conference named by a compound ("Ministerpräsidentenkonferenz") is a gathering (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _event(text: str) -> str | None:
    """The brief's event type."""
    return briefparse.parse(text, reference_date=REF).event_type


def test_greeting_people_is_a_meeting() -> None:
    """"begrüßte am Donnerstag seine Kollegen X und Y": people greeted, a meeting."""
    assert _event(
        "Lindau – Ministerpräsident Paul Marin begrüßte am Donnerstag seine Kollegen Karl Dorn und Anna Weller im "
        "Schloss."
    ) == "meeting"


def test_welcoming_a_decision_stays_a_statement() -> None:
    """"begrüßte die Entscheidung": a thing welcomed, a statement."""
    assert _event(
        "Lindau – Ministerpräsident Paul Marin begrüßte am Donnerstag die Entscheidung des Bundesrates zur "
        "Energiepolitik."
    ) == "statement"


def test_compound_standing_conference_is_a_gathering() -> None:
    """"Landeshauptleutekonferenz tagt in Graz": the conference of the Länder's heads, a gathering."""
    assert _event(
        "Landeshauptleutekonferenz in Graz\n\nGraz – Unter dem Vorsitz von Landeshauptmann Paul Marin kommt am "
        "Freitag die Landeshauptleutekonferenz in Graz zusammen. Erwartet werden Vizekanzler Karl Dorn und "
        "Außenministerin Anna Weller."
    ) == "conference"
