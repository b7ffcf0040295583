"""A capitalised particle after an honorific of address and a given name is the surname's own ("M. Alexander De
Croo"), not a title that ends the name. Fictional people and countries."""

from __future__ import annotations

import briefparse

COMPANIONS = (
    "La Première ministre valdorienne, Mme Anne Moreau, a quitté Kessel mercredi pour Port-Norland. "
    "Mme Moreau est accompagnée du ministre des Finances, M. Paul De Marin, ainsi que de M. Luc Du Verdal, "
    "ministre de l'Intérieur."
)


def test_capital_particle_after_address_stays_in_the_name() -> None:
    named = [p.name for p in briefparse.parse(COMPANIONS).participants]
    assert "Paul De Marin" in named and "Luc Du Verdal" in named
