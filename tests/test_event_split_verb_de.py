"""German event type: a separable verb of meeting split around its clause ("kommen heute … zusammen") is read as one
phrase from its finite verb to its closing particle; its subject, before the verb or inside the frame, decides
whether a group's members gather or two people meet (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _event(text: str) -> str | None:
    """The brief's event type."""
    return briefparse.parse(text, reference_date=REF).event_type


def test_members_before_a_split_verb_gather() -> None:
    """"Die Agrarminister der Ostseestaaten kommen … zusammen", the frame holding a noun of its meeting."""
    assert _event(
        "Lindau - Die Agrarminister der Ostseestaaten kommen heute in Lindau zu ihrem jährlichen Treffen zusammen. "
        "Auf der Tagesordnung stehen Beratungen über die Fischereiquoten."
    ) == "conference"


def test_members_inside_a_split_verb_gather() -> None:
    """"Am Montag kommen die Nato-Verteidigungsminister in Brüssel zusammen": the subject after the verb."""
    assert _event(
        "Brüssel - Am Montag kommen die Nato-Verteidigungsminister in Brüssel zusammen. "
        "Es geht um die Lage an der Ostflanke."
    ) == "conference"


def test_two_people_meeting_by_a_split_verb_is_a_meeting() -> None:
    """"X kam am Montag in Lindau mit Y zusammen": two people, a meeting."""
    assert _event(
        "Lindau - Bundesaußenministerin Anna Weller kam am Montag in Lindau mit ihrem Amtskollegen Pawel Marek "
        "zusammen. Es ging um die Fischereiquoten."
    ) == "meeting"
