"""Spanish briefs told in the present of the day: the chair who presides today (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12))


def test_the_chair_who_presides_today_takes_part():
    text = (
        "El Jefe del Estado, Tomás Irigoyen Salas, preside hoy la segunda jornada del Consejo Federal de Gobernadores, "
        "que congrega a los alcaldes de la región.\n\n"
        "Este encuentro se lleva a cabo en el Salón Dorado, con la participación de la ministra de Salud, Ana "
        "Ortega Ruiz."
    )
    brief = _parse(text)
    assert {"Tomás Irigoyen Salas", "Ana Ortega Ruiz"} <= {p.name for p in brief.participants}


def test_the_holder_of_a_body_someone_presides_is_no_event():
    text = (
        "Reunión en Valdoria\n\n"
        "La ministra de Salud, Ana Ortega Ruiz, se reunió este lunes con los alcaldes de la región.\n\n"
        "El consejo regional, que preside Tomás Irigoyen Salas, publicó un informe el año pasado."
    )
    names = {p.name for p in _parse(text).participants}
    assert "Ana Ortega Ruiz" in names
    assert "Tomás Irigoyen Salas" not in names
