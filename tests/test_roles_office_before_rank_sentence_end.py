"""An office, a comma and a one-word rank before a name that closes its sentence: the office is the role.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _role_of(brief: briefparse.Brief, name: str) -> str | None:
    person = next(p for p in brief.participants if p.name == name)
    return person.role


def test_office_before_rank_at_the_sentence_end_es():
    brief = briefparse.parse(
        "El presidente de Colombia, Andrés Morales, se reunió el lunes en Bogotá con el presidente de Ecuador, "
        "Julián Vera. Ambos recibieron el saludo de las tropas, acompañados por el Comandante del Ejército, "
        "general Ramiro Solís Peña.\n"
    )
    assert _role_of(brief, "Ramiro Solís Peña") == "Comandante del Ejército"


def test_office_before_rank_closed_by_a_comma_still_holds():
    brief = briefparse.parse(
        "El Ministro de Defensa, General Tomás Ruiz Lara, recibió el martes en Lima al embajador de Chile, "
        "Diego Fuentes.\n"
    )
    assert _role_of(brief, "Tomás Ruiz Lara") == "Ministro de Defensa"
