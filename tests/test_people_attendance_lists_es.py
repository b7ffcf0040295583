"""Spanish briefs that tell who was there by the perfect of attending, by "estuvieron también" or by the passive of
the chair, a list of people with their offices around the verb (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _names(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text, reference_date=dt.date(2025, 10, 11)).participants}


def test_subjects_listed_before_the_perfect_of_attending_take_part():
    text = (
        "El Ayuntamiento ha celebrado hoy sendas visitas guiadas a la Casa Consistorial.\n\n"
        "La alcaldesa, Lucía Ferrandis, y el concejal de Cultura, Óscar Villaverde, han asistido a la jornada.\n\n"
        "Ferrandis dijo que la iniciativa acerca la institución a los vecinos."
    )
    assert {"Lucía Ferrandis", "Óscar Villaverde"} <= _names(text)


def test_the_passive_chair_and_the_later_presence_list_take_part():
    text = (
        "El intendente Ramiro Aldao acompañó este jueves la inauguración de tres obras en la provincia. "
        "La actividad fue encabezada por el ministro de Economía, Julián Sotomayor; el gobernador Esteban Lagos, y "
        "el ministro de Obras Públicas, Nicolás Bertone.\n\n"
        "Aldao señaló que las obras son necesarias para los vecinos.\n\n"
        "Estuvieron también la vicegobernadora, Carla Mendizábal; el intendente de Lobos, Hugo Ferreyra, entre "
        "otros funcionarios."
    )
    names = _names(text)
    assert {"Julián Sotomayor", "Esteban Lagos", "Nicolás Bertone"} <= names
    assert {"Carla Mendizábal", "Hugo Ferreyra"} <= names
