"""A court or an office of a seat of power named with its own capitalised words ("el Patio de Honor", "el Despacho
Presidencial") is a venue, no one (briefs written for these tests)."""

from __future__ import annotations

import briefparse


def test_rooms_of_a_palace_are_no_participants():
    brief = briefparse.parse(
        "El presidente de Norlandia, Jan Olsen Ruiz, llegó al Palacio de Carondelet el jueves 17 de octubre de 2019.\n"
        "Tras cruzar al Patio de Honor, acompañado por la mandataria Elena Cordero Paz, saludó a la guardia.\n"
        "Más tarde, los dos pasaron al Despacho Presidencial para conversar a solas en una reunión.\n"
    )
    names = {p.name for p in brief.participants}
    assert "Elena Cordero Paz" in names
    assert not names & {"Patio de Honor", "Despacho Presidencial"}
