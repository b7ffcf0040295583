"""Participants listed as the items of a list that semicolons set apart ("Los diplomáticos acreditados son X,
embajador de A; Y, representante de B; y Z, embajador de C"): when one item takes part, so do the others.

Every brief and every person here is invented for the test; the countries are real or invented.
"""

import datetime as dt

import briefparse


def names(text: str) -> set[str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2025, 10, 8))
    return {p.name for p in brief.participants}


def test_es_the_items_of_a_semicolon_list_take_part_with_the_one_the_lead_names():
    found = names(
        "El presidente Paul Marin recibió este miércoles las cartas credenciales de los nuevos embajadores de "
        "Chile, Reino Unido y Canadá, durante una ceremonia en Ciudad Norte.\n\n"
        "Los diplomáticos acreditados son Jorge Tello Ramos, embajador de Chile; Ana Ruiz Soler, "
        "representante del Reino Unido; y Pedro Sala Vidal, embajador de Canadá."
    )
    assert {"Paul Marin", "Jorge Tello Ramos", "Ana Ruiz Soler", "Pedro Sala Vidal"} <= found


def test_es_a_semicolon_list_of_people_in_a_background_sentence_stays_out():
    found = names(
        "El presidente Paul Marin recibió este miércoles al embajador de Norlandia, Jorge Tello Ramos, en Ciudad "
        "Norte.\n\nEl año pasado, Marin se había reunido con Ana Ruiz Soler, canciller de Norlandia; y Pedro Sala "
        "Vidal, ministro de Comercio."
    )
    assert {"Paul Marin", "Jorge Tello Ramos"} <= found
    assert not {"Ana Ruiz Soler", "Pedro Sala Vidal"} & found
