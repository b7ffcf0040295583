"""A group's make-up told by its verb, words between it and its noun ("La comitiva llegada desde Quito estuvo integrada
además por el ministro …, X"): the members named after it take part.

The briefs are written for these tests.
"""

import briefparse

DELEGATION = """Caracas, 3 jun (EFE).- El presidente de Venezuela, Héctor Blanco Díaz, recibió este martes a la \
delegación encabezada por el vicecanciller ecuatoriano, Julián Arce Mora, en el Palacio de Miraflores.

La comitiva llegada desde Quito estuvo integrada además por el ministro de Energía, Pablo Ruiz Lema, y la ministra \
de Comercio, Marta Solís Pardo.

Ambas partes revisaron los proyectos de cooperación energética.
"""


def test_members_after_the_group_verb_take_part() -> None:
    names = [p.name for p in briefparse.parse(DELEGATION, reference_date="2025-06-03").participants]
    assert "Pablo Ruiz Lema" in names
    assert "Marta Solís Pardo" in names
