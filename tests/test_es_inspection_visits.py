"""A working inspection of works told by its verb done ("supervisó la obra") or by the noun a light verb carries
("realizó un recorrido", "realiza inspección a obras") is a visit, not a statement for want of a visit word; the
infinitive of a duty ("se encargará de supervisar") is no visit (Spanish briefs written for these tests, invented
people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _parse(text: str):
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 10))


def test_es_a_governor_tours_a_road_works_site():
    text = (
        "Chilpancingo, Gro.- La gobernadora Amelia Torrijos realizó un recorrido para supervisar el avance de la "
        "construcción del puente vehicular, donde se invierten 80 millones de pesos. Instruyó a los funcionarios "
        "a concluir la obra en tiempo.\n"
    )
    assert _parse(text).event_type == "visit"


def test_es_an_unannounced_inspection_in_a_province():
    text = (
        "Gobernador realiza inspección inopinada a obras en la provincia de Ilo\n"
        "El gobernador regional Marcos Quispe Aranda realizó esta mañana una inspección inopinada a varias obras. "
        "Durante su recorrido, supervisó el avance del hospital regional y expresó su satisfacción por el "
        "progreso alcanzado.\n"
    )
    assert _parse(text).event_type == "visit"


def test_es_the_duty_to_supervise_is_no_visit():
    """Control: the infinitive of a duty, in a statement."""
    text = (
        "El secretario de Obras, Julián Ferrero, declaró que la nueva oficina se encargará de supervisar los "
        "contratos de mantenimiento a partir de junio.\n"
    )
    assert _parse(text).event_type == "statement"
