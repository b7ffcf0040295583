"""Participants in Spanish briefs that write an office as a title of several capitalised items ("Ministro de
Agricultura y Desarrollo Rural", "Ministra de Comercio, Industria y Turismo", "Reunión de titulares de Embajadas y
Consulados"): the items are the office's own name, not people, and the office is its holder's role.

Every brief and every person here is invented for the test; the countries are real or invented.
"""

import datetime as dt

import briefparse


def parties(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 4))
    return {p.name: p.role for p in brief.participants}


def test_es_items_of_an_office_are_no_people_and_the_office_is_the_holders_role():
    found = parties(
        "Bogotá, 4 mar. El presidente de Valdoria, Paul Marin, se reunió hoy con el ministro de Agricultura y "
        "Desarrollo Rural, Pedro Norlan. Al Presidente lo acompañan la Ministra de Comercio, Industria y Turismo, "
        "Ana Ruiz; y el Ministro Consejero para el Postconflicto, Derechos Humanos y Seguridad, Luis Soto."
    )
    assert {"Paul Marin", "Pedro Norlan", "Ana Ruiz", "Luis Soto"} <= set(found)
    assert not {"Desarrollo Rural", "Derechos Humanos", "Industria"} & set(found)
    assert found["Pedro Norlan"] == "ministro de Agricultura y Desarrollo Rural"


def test_es_a_meeting_of_holders_in_the_plural_names_no_one_in_its_title():
    found = parties(
        "La canciller Eva Mora inaugura la Reunión de Titulares de Embajadas y Consulados\n\n"
        "Este lunes, la canciller de Norland, Eva Mora, inauguró los trabajos de la XX Reunión de titulares de "
        "Embajadas y Consulados, en la sede de la cancillería."
    )
    assert "Eva Mora" in found
    assert not {"Embajadas", "Consulados"} & set(found)


def test_es_a_country_before_a_joined_name_keeps_the_person():
    found = parties("El presidente de Francia y Paul Marin se reunieron este lunes en Lima para hablar de comercio.")
    assert "Paul Marin" in found


# a body titled by its items: "el Ministerio de Salud Pública y Bienestar Social"
def test_es_the_items_of_a_bodys_title_are_no_people():
    found = parties(
        "Ciudad Norte. El presidente Paul Marin se reunió este lunes con representantes del Ministerio de Salud "
        "Pública y Bienestar Social y visitó la Secretaría de Agricultura y Desarrollo Rural."
    )
    assert "Paul Marin" in found
    assert not {"Salud Pública", "Bienestar Social", "Desarrollo Rural"} & set(found)


def test_es_a_person_with_a_role_after_a_body_stays_one():
    found = parties(
        "Ciudad Norte. El acuerdo fue firmado este lunes por el Ministerio de Defensa y Paul Marin, presidente de "
        "Valdoria."
    )
    assert "Paul Marin" in found


def test_es_an_apposition_whose_portfolio_reads_as_a_name_is_still_the_holders_role():
    found = parties(
        "Lima, 4 mar. El canciller de Valdoria, Paul Marin, recibió hoy a José Portela Ruiz, ministro de Salud "
        "Pública de Cuba, en la sede de la cancillería."
    )
    assert found["José Portela Ruiz"] == "ministro de Salud Pública de Cuba"
    assert "Salud Pública" not in found
