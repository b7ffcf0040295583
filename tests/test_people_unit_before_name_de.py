"""A role's complement that closes on a territorial unit right before its holder's name, with no comma ("Gouverneur
des Kaliningrader Gebiets X Y", "Präsident des Kantons Zürich X Y"): the unit's noun and its own name are no part
of the holder's name (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _people(text: str) -> list[tuple[str | None, str | None]]:
    """The participants' names and roles."""
    return [(p.name, p.role) for p in briefparse.parse(text, reference_date=REF).participants]


def test_unit_noun_in_the_genitive_before_a_name() -> None:
    """"vom Gouverneur des Norländischen Gebiets Paul Marin": "Gebiets" closes the role, not opens the name."""
    people = _people(
        "Lindau – Generalkonsul Karl Dorn wurde am Montag vom Gouverneur des Norländischen Gebiets Paul Marin "
        "zum Antrittsbesuch empfangen."
    )
    assert ("Paul Marin", "Gouverneur des Norländischen Gebiets") in people


def test_unit_noun_and_its_name_before_a_name() -> None:
    """"den Regierungspräsidenten des Kantons Valdor Paul Marin": the canton's name is no given name."""
    people = _people(
        "Lindau – Generalkonsul Karl Dorn traf am Montag den Regierungspräsidenten des Kantons Valdor Paul Marin."
    )
    assert "Paul Marin" in [name for name, _ in people]
    assert "Valdor Paul Marin" not in [name for name, _ in people]


def test_comma_after_the_unit_keeps_the_name_whole() -> None:
    """"den Botschafter der Republik Norland, Paul Anton Marin": the comma closes the complement."""
    people = _people(
        "Lindau – Bundespräsident Karl Dorn empfing am Montag den Botschafter der Republik Norland, Paul Anton "
        "Marin."
    )
    assert "Paul Anton Marin" in [name for name, _ in people]
