"""A French role in the plural after two names joined by "et" belongs to both ("MM. X et Y, conseillers du roi"),
and the next name's own role stays its own. Fictional people and countries."""

from __future__ import annotations

import briefparse

PAIR_THEN_ANOTHER = (
    "Le roi de Norland a offert, vendredi à Kessel, un déjeuner en l'honneur du président de Valdoria, Paul Marin. "
    "Ont participé à ce déjeuner, notamment MM. Jean Dufort et Luc Verdal, Conseillers du Roi, Eva Brun, "
    "Présidente de la Chambre des Représentants, et Marc Olin, ministre des Affaires étrangères."
)


def test_plural_role_after_a_pair_is_each_one_s() -> None:
    roles = {p.name: p.role for p in briefparse.parse(PAIR_THEN_ANOTHER).participants}
    assert roles.get("Jean Dufort") == roles.get("Luc Verdal") == "Conseillers du Roi"
    assert roles.get("Eva Brun") == "Présidente de la Chambre des Représentants"


ABBREVIATED = (
    "Le Premier ministre de Norland, Eva Brun, a rencontré samedi l'envoyé spécial de Valdoria, Paul Marin, et "
    "le DG de la Police nationale, Luc Verdal."
)


def test_abbreviated_director_general_is_a_role() -> None:
    roles = {p.name: p.role for p in briefparse.parse(ABBREVIATED).participants}
    assert roles.get("Luc Verdal") == "DG de la Police nationale"
