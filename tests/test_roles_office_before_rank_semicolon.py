"""An office, a comma and a one-word rank before a name that a semicolon closes, in a list of office holders kept
apart by semicolons: the office is the holder's role, the rank only their title.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _role_of(brief: briefparse.Brief, name: str) -> str | None:
    person = next(p for p in brief.participants if p.name == name)
    return person.role


def test_office_before_rank_closed_by_a_semicolon_es() -> None:
    brief = briefparse.parse(
        "El presidente de Chile, Andrés Morales, recibió el lunes en Santiago al presidente de Perú, Julián Vera, "
        "acompañado por el ministro de Defensa Nacional, general Ramiro Solís Peña; el director de Asuntos "
        "Consulares, embajador Tomás Ruiz Lara; y el jefe de gabinete, Diego Fuentes.\n"
    )
    assert _role_of(brief, "Ramiro Solís Peña") == "ministro de Defensa Nacional"
    assert _role_of(brief, "Tomás Ruiz Lara") == "director de Asuntos Consulares"
