"""A month's name that is a surname, after a given name or an initial ("Jorge L. Mayo", "Luis Mayo", "Teresa
April"): the person's name, whole; a date's month after its day stays no name.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def parties(text: str) -> set[str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 4))
    return {p.name for p in brief.participants}


def test_es_a_month_surname_after_an_initial_or_a_given_name_is_part_of_the_name():
    found = parties(
        "El canciller de Perú, Tomás Ribera, recibió este lunes al vicecanciller de Chile, Julián Ortega. Por la "
        "parte peruana participaron el director de Asia, Jorge L. Mayo, y la directora de Europa, Ana Luisa Abril."
    )
    assert {"Tomás Ribera", "Julián Ortega", "Jorge L. Mayo", "Ana Luisa Abril"} <= found


def test_en_a_month_surname_after_a_given_name_is_part_of_the_name():
    found = parties("Foreign Minister Tomas Ribera met his Chilean counterpart Teresa April in Lima on Monday.")
    assert "Teresa April" in found


def test_es_a_month_after_a_day_is_no_name():
    found = parties("El canciller Tomás Ribera se reunió el 5 de Mayo en Lima con su homólogo chileno Julián Ortega.")
    assert not any(name and "Mayo" in name for name in found)
