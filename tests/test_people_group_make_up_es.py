"""A group's make-up told by its verb, words between it and its noun ("La comitiva llegada desde Quito estuvo integrada
además por el ministro …, X"), or by the members as its subject ("Formaron parte de la comitiva el canciller X"): the
members take part.

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


MEMBERS_AS_SUBJECT = """Lima, 3 jun (ANDINA).- El presidente Julián Arce Mora recibió este martes en Palacio de \
Gobierno al primer ministro de Tailandia, Somchai Wongsawat, con quien abordó la cooperación comercial.

Formaron parte de la comitiva peruana el canciller Pedro Ruiz Lema y la ministra Marta Solís Pardo.

Ambas partes acordaron reforzar el comercio.
"""


def test_members_who_form_part_of_the_group_take_part() -> None:
    names = [p.name for p in briefparse.parse(MEMBERS_AS_SUBJECT, reference_date="2025-06-03").participants]
    assert "Pedro Ruiz Lema" in names
    assert "Marta Solís Pardo" in names
