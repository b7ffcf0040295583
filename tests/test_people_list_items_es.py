"""Spanish lists of envoys and officials, each item with its country after the name (briefs written for these
tests)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _people(text: str) -> dict[str, briefparse.models.Participant]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 14))
    return {p.name: p for p in brief.participants if p.name}


_CREDENTIALS = (
    "Marin recibe a cuatro nuevos embajadores\n\n"
    "Acto. El presidente de Norlandia recibió ayer a los embajadores en el palacio.\n\n"
    "Acto. El presidente de Norlandia recibió ayer a los embajadores en el palacio.\n\n"
    "El presidente de Norlandia, Paul Marin, recibió ayer jueves en Kessel las cartas credenciales de cuatro "
    "nuevos embajadores.\n\n"
    "En el palacio de gobierno, el mandatario saludó y conversó con los diplomáticos durante una hora.\n\n"
    "Los nuevos embajadores son Jean Morelle Dastier, de Benín; Karl Wendt Obermaier, de Zambia; Tomás Ibarra "
    "Soliz, de Laos, y Ambrose Kettering, de Dominica, según detalló la Cancillería.\n"
)


def test_the_country_after_an_envoys_name_completes_the_lists_role():
    people = _people(_CREDENTIALS)
    assert people["Jean Morelle Dastier"].role == "embajador de Benín"
    assert people["Jean Morelle Dastier"].affiliation == "Benín"
    assert people["Tomás Ibarra Soliz"].role == "embajador de Laos"


def test_a_ministers_item_names_its_country_too_not_its_city():
    text = (
        "El canciller de Norlandia, Paul Marin, se reunió hoy en Kessel con sus homólogos de la región.\n\n"
        "Asistieron los ministros Ana Ortega Ruiz, de Chile; Luis Varga Soto, de Perú; y Marta Quiroz Lind, "
        "de Uruguay.\n"
    )
    people = _people(text)
    assert people["Ana Ortega Ruiz"].role.endswith("de Chile")
    assert people["Luis Varga Soto"].affiliation == "Perú"


def test_the_last_item_of_a_semicolon_list_joined_by_y_is_listed_too():
    people = _people(_CREDENTIALS)
    assert "Ambrose Kettering" in people
    assert people["Ambrose Kettering"].role == "embajador de Dominica"


def test_an_item_whose_list_role_names_a_country_already_gets_no_second_one():
    text = (
        "El presidente de Norlandia, Paul Marin, recibió hoy en Kessel las cartas credenciales de tres embajadores.\n\n"
        "Marin aceptó también las cartas de los embajadores no residentes de Jean Morelle Dastier, de la República "
        "de Arvania; Karl Wendt Obermaier, de la República de Borlandia; y Tomás Ibarra Soliz, de Perú.\n"
    )
    people = _people(text)
    assert people["Karl Wendt Obermaier"].role.count("República") == 1


def test_officials_who_attend_in_the_present_take_part():
    text = (
        "Perú y Bolivia revisan sus relaciones\n"
        "Lima, 5 sep.- Los Gobiernos de Perú y de Bolivia realizan hoy un encuentro de alto nivel.\n"
        "Las delegaciones, presididas por los cancilleres Ana Ortega Ruiz y Luis Varga Soto, se encuentran desde las "
        "10 de la mañana en el Palacio de San Lorenzo.\n"
        "Por el Gobierno peruano asisten, además, la ministra de Defensa, Marta Quiroz Lind y el ministro de Salud, "
        "Pedro Lenz Oliva, entre otros.\n"
    )
    people = _people(text)
    assert {"Marta Quiroz Lind", "Pedro Lenz Oliva"} <= set(people)


def test_an_item_joined_after_the_previous_name_gives_the_next_its_portfolio():
    text = (
        "El canciller de Perú, Luis Varga Soto, recibió hoy en Lima a su homólogo de Bolivia, Ana Ortega Ruiz.\n\n"
        "A la canciller boliviana la acompañan los ministros de Gobierno, Pedro Lenz Oliva y de Defensa, Marta "
        "Quiroz Lind, así como funcionarios de asuntos fronterizos.\n"
    )
    people = _people(text)
    assert people["Marta Quiroz Lind"].role == "ministro de Defensa"


def test_a_later_sentence_set_in_a_month_gone_by_tells_another_occasion():
    text = (
        "Este miércoles, el ministro de Cultura de Perú, Luis Varga Soto, recibió al nuevo embajador de Chile en el "
        "país, Pedro Lenz Oliva, en la Casa de la Literatura.\n"
        "Además, el ministro le obsequió una artesanía al diplomático chileno.\n"
        "En diciembre pasado, Lenz presentó las cartas credenciales a la presidenta de la República, Ana Ortega "
        "Ruiz.\n"
    )
    brief = briefparse.parse(text)
    assert "Ana Ortega Ruiz" not in {p.name for p in brief.participants}
    assert "Ana Ortega Ruiz" in {p.name for p in brief.people_mentioned}


def test_a_blogs_list_of_popular_posts_below_the_story_names_no_source():
    text = (
        "Canciller de Perú recibe al Embajador de Chile\n\n"
        "El Ministro de Relaciones Exteriores de Perú, Luis Varga Soto, recibió esta mañana al nuevo Embajador de "
        "Chile, Pedro Lenz Oliva.\n\n"
        "Ambas autoridades revisaron los principales temas de la relación bilateral.\n\n"
        "Comentarios\n\nEntradas populares de este blog\n\n"
        "Sistema frontal: MOP reporta daños en la red vial\n\nLas tres banderas de Chile\n"
    )
    assert briefparse.parse(text).source is None


def test_the_role_a_copula_predicates_of_a_name_is_its_role():
    text = (
        "Hoy el presidente de Perú, Paul Marin, recibió las cartas credenciales de los nuevos embajadores de los "
        "Estados Unidos Mexicanos y de Hungría.\n"
        "Luis Ortega Ruiz será el embajador de México en el país, mientras que Karl Wendt Obermaier lo será de "
        "Hungría.\n"
        "Marin conversó con cada uno de ellos.\n"
    )
    assert _people(text)["Luis Ortega Ruiz"].role == "embajador de México en el país"
