"""Whom a French dinner or lunch is given for ("un déjeuner en l'honneur du Premier ministre …, X") takes part.
Fictional people and countries."""

from __future__ import annotations

import briefparse

LUNCH = (
    "Le roi de Norland a offert, vendredi à Kessel, un déjeuner en l'honneur du Premier ministre de la République "
    "de Valdoria, M. Paul Marin, et de la délégation qui l'accompagne, présidé par le chef du gouvernement, "
    "M. Jean Dufort."
)


def test_guest_of_honour_takes_part() -> None:
    assert {"Paul Marin", "Jean Dufort"} <= {p.name for p in briefparse.parse(LUNCH).participants}
