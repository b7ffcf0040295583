"""A phrase of company after a name ("accompanied by the Minister …, Y") is no apposition of the name before it: the
role in it is the companion's (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _roles(text: str) -> dict[str, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2025, 3, 12))
    return {p.name: p.role for p in brief.participants}


def test_accompanied_by_is_no_title_of_the_name_before_en():
    roles = _roles(
        "Governor Ramiro Aldao, accompanied by the Minister of Health, Carla Mendez, opened the new hospital of "
        "Tafi on Tuesday."
    )
    assert roles["Ramiro Aldao"] == "Governor"
    assert roles["Carla Mendez"] == "Minister of Health"


def test_accompagne_de_is_no_title_of_the_name_before_fr():
    roles = _roles(
        "Le gouverneur Ramiro Aldao, accompagné de la ministre de la Santé, Carla Mendez, a inauguré mardi le "
        "nouvel hôpital de Tafi."
    )
    assert roles["Ramiro Aldao"] == "gouverneur"


def test_acompanado_de_is_no_title_of_the_name_before_es():
    roles = _roles(
        "El gobernador Ramiro Aldao, acompañado de la ministra de Salud, Carla Méndez, inauguró este martes el "
        "nuevo hospital de Tafí."
    )
    assert roles["Ramiro Aldao"] == "gobernador"
    assert roles["Carla Méndez"] == "ministra de Salud"


def test_junto_a_is_no_title_of_the_name_before_es():
    roles = _roles(
        "El gobernador Ramiro Aldao, junto a la ministra de Salud, Carla Méndez, inauguró este martes el nuevo "
        "hospital de Tafí."
    )
    assert roles["Ramiro Aldao"] == "gobernador"
    assert roles["Carla Méndez"] == "ministra de Salud"


def test_together_with_is_no_title_of_the_name_before_en():
    roles = _roles(
        "Governor Ramiro Aldao, together with the Minister of Health, Carla Mendez, opened the new hospital of "
        "Tafi on Tuesday."
    )
    assert roles["Ramiro Aldao"] == "Governor"
