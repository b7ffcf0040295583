"""Participants in Spanish briefs that go on, in a sentence of their own, with more people who did the same act, told
by a pro-verb ("Además, lo hicieron los representantes de A, X; de B, Y"): they take part as those before them did.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def parties(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 4))
    return {p.name: p.role for p in brief.participants}


def test_es_people_who_did_the_same_act_by_a_pro_verb_take_part():
    found = parties(
        "El presidente Hernán Quiroga recibió este martes las cartas credenciales de los embajadores de Chile, "
        "Tomás Ribera Lozano, y de Perú, Julián Ortega Vidal.\n\n"
        "Además, lo hicieron los representantes de Bolivia, Ana Soto Mena; de Ecuador, Luis Peña Ruiz; y de la "
        "República de Angola, Rosa Vera Lima.\n"
    )
    assert {"Ana Soto Mena", "Luis Peña Ruiz", "Rosa Vera Lima"} <= set(found)
    assert found["Luis Peña Ruiz"] == "representante de Ecuador"


def test_es_a_later_sentence_of_another_act_names_no_participant():
    found = parties(
        "El presidente Hernán Quiroga recibió este martes las cartas credenciales del embajador de Chile, "
        "Tomás Ribera Lozano.\n\n"
        "Además, el ministro de Hacienda, Ana Soto Mena, presentó el presupuesto del próximo año.\n"
    )
    assert "Tomás Ribera Lozano" in found
    assert "Ana Soto Mena" not in found


def test_es_a_roll_of_people_ranks_below_what_happened_among_the_points():
    brief = briefparse.parse(
        "El presidente Hernán Quiroga recibió este lunes las cartas credenciales de nueve embajadores concurrentes "
        "ante el Estado.\n\n"
        "La ceremonia se desarrolló en el Palacio de Gobierno, en la ciudad de Lima.\n\n"
        "El primero en hacer entrega de los documentos fue el embajador de Chile, Tomás Ribera Lozano; le siguieron "
        "los de Bolivia, Julián Ortega Vidal; y de Austria, Marta Ibáñez Soler.\n\n"
        "También presentaron sus cartas credenciales los embajadores de Indonesia, Ana Soto Mena; de Polonia, Luis "
        "Peña Ruiz; y de Hungría, Rosa Vera Lima.\n\n"
        "Además, lo hicieron los representantes de Filipinas, Pablo Gil Toro; de Irlanda, Sara Rey Cano; y de la "
        "República de Angola, Omar Luz Paz.\n\n"
        "El Jefe de Estado conversó unos minutos con cada uno de los embajadores, según el protocolo establecido.\n",
        reference_date=dt.date(2024, 3, 4),
    )
    points = brief.summary_points
    assert any(p.startswith("La ceremonia se desarrolló") for p in points)
    assert any(p.startswith("El Jefe de Estado conversó") for p in points)
