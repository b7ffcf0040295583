"""A Spanish ministry named "Secretaría" ("informó la Secretaría de Relaciones Exteriores") is a source, though
folded without its accent it reads as the office of a woman who heads one ("la secretaria de Salud, X", who speaks).

Every brief and every person here is invented for the test; the countries are invented.
"""

import datetime as dt

import briefparse


def source(text: str) -> str | None:
    brief = briefparse.parse(text, reference_date=dt.date(2020, 3, 18))
    return brief.source.name if brief.source else None


def test_es_a_secretaria_with_its_accent_is_a_body_that_informs():
    found = source(
        "Ciudad Norte. Cerrarán todas las misiones diplomáticas de Valdoria en el exterior hasta nuevo aviso, "
        "informó la Secretaría de Relaciones Exteriores de Valdoria."
    )
    assert found == "Secretaría de Relaciones Exteriores de Valdoria"


def test_es_a_secretaria_without_its_accent_is_a_woman_who_speaks():
    found = source(
        "Ciudad Norte. Cerrarán todas las misiones diplomáticas de Valdoria en el exterior hasta nuevo aviso, "
        "informó la secretaria de Relaciones Exteriores de Valdoria."
    )
    assert found is None
