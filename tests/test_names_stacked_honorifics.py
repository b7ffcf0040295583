"""Honorifics stacked before a name, a plain address then a title cut short with its dot ("Excmo. Sr. Dr. X",
"Mr. Dr. Y"): none of them is the name's, for no given name is written with a dot; a title in full after an address
is still a given name ("M. Cheikh Tidiane X").

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def parties(text: str) -> set[str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 4))
    return {p.name for p in brief.participants}


def test_es_an_abbreviated_title_after_an_address_is_no_part_of_the_name():
    found = parties(
        "El presidente de Perú, Tomás Ribera, recibió este martes al Vicepresidente de la República de Chile, "
        "Excmo. Sr. Dr. Julián Ortega Vidal, quien realiza una visita oficial."
    )
    assert "Julián Ortega Vidal" in found
    assert not any(name and name.startswith("Dr") for name in found)


def test_fr_a_title_in_full_after_an_address_stays_a_given_name():
    found = parties("Le président Paul Marin a reçu mardi à Dakar M. Cheikh Tidiane Sarr, ministre des Mines.")
    assert "Cheikh Tidiane Sarr" in found
