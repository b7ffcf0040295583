"""Participants in Spanish briefs that write an office of a body with the holder's name right after it, with no
comma ("al presidente del Senado Julián Ortega Vidal", "al Presidente del Tribunal Supremo Marcos Ibáñez"): the
body's name completes the role, and the name after it is the holder's, not the body's own (as a site's is:
"el Estadio Julián Ortega", "la Universidad Simón Bolívar").

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def parties(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 4))
    return {p.name: p.role for p in brief.participants}


def test_es_holders_named_right_after_the_body_of_their_office_are_participants():
    found = parties(
        "El rey recibió este lunes en el Palacio Real al Presidente del Congreso de los Diputados Tomás Ribera "
        "Lozano, al Presidente del Senado Julián Ortega Vidal y al presidente del Tribunal Supremo Marcos Ibáñez "
        "Soler."
    )
    assert {"Tomás Ribera Lozano", "Julián Ortega Vidal", "Marcos Ibáñez Soler"} <= set(found)
    assert found["Julián Ortega Vidal"] == "Presidente del Senado"


def test_es_a_site_named_after_someone_is_still_no_person():
    found = parties(
        "El presidente Hernán Quiroga se reunió este lunes con el alcalde Tomás Ribera en el Estadio Julián "
        "Ortega, y luego visitó el Hospital Marcos Ibáñez."
    )
    assert {"Hernán Quiroga", "Tomás Ribera"} <= set(found)
    assert not {"Julián Ortega", "Marcos Ibáñez"} & set(found)


def test_es_a_body_without_a_role_before_it_names_no_holder():
    found = parties(
        "El presidente Hernán Quiroga se reunió este lunes con el canciller Tomás Ribera para hablar del "
        "Consejo Julián Ortega de cooperación."
    )
    assert "Julián Ortega" not in found


def test_es_a_holder_after_two_joined_bodies_is_a_participant():
    found = parties(
        "El presidente Hernán Quiroga recibió este lunes al Presidente de la Corte Suprema y del Consejo General de "
        "la Magistratura Carlos Ibáñez Soler."
    )
    assert "Carlos Ibáñez Soler" in found
    assert found["Carlos Ibáñez Soler"].endswith("Consejo General de la Magistratura")
