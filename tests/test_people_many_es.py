"""Spanish briefs with many participants: the lists that name them (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _names(text: str) -> list[str]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).participants]


def test_a_sentence_opening_on_the_summit_lists_who_attends():
    text = (
        "La reunión de presidentes de la Unión del Lago comenzó ayer en Kessel con una hora de retraso.\n\n"
        "El anfitrión, Paul Marin, dijo que los jefes de Estado abordarán en el encuentro la migración.\n\n"
        "A la cumbre asisten los mandatarios de Chile, Ana Ortega; Perú, Luis Varga; y Uruguay, Marta Quiroz."
    )
    names = _names(text)
    assert {"Ana Ortega", "Luis Varga", "Marta Quiroz"} <= set(names)


def test_more_members_past_the_one_named_before():
    text = (
        "El presidente Paul Marin recibió hoy en el palacio de gobierno las cartas credenciales del embajador de "
        "China, Li Wen.\n\nAdemás del representante de Pekín, estuvieron Jean Morel, de la República de Francia; "
        "Karl Weber, de Alemania; y Ole Berg, del Reino de Noruega."
    )
    names = _names(text)
    assert {"Paul Marin", "Li Wen", "Jean Morel", "Karl Weber", "Ole Berg"} <= set(names)


def test_the_verb_of_who_was_there_is_no_part_of_a_members_role():
    text = (
        "La presidenta Ana Ortega recibió ayer las cartas credenciales del embajador de Japón, Ken Sato.\n\nAdemás "
        "del representante de Tokio, estuvieron Jean Morel, de Francia; Karl Weber, de Alemania; y Ole Berg, de Chile."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    roles = {p.name: p.role for p in brief.participants}
    assert "Jean Morel" in roles
    assert "estuvieron" not in (roles["Jean Morel"] or "")


def test_a_delegation_its_members_make_up_in_the_present():
    text = (
        "La Habana, 22 sep.- El presidente Paul Marin recibió en el aeropuerto a su homólogo de Kessel, Ivo Brand.\n\n"
        "Los dos mandatarios se saludaron en la terminal, informó hoy un diario local.\n\n"
        "Integran la delegación visitante Ana Ortega, Luis Varga y Marta Quiroz, ministros de Exteriores, Comercio "
        "y Salud, respectivamente."
    )
    names = _names(text)
    assert {"Ana Ortega", "Luis Varga", "Marta Quiroz"} <= set(names)


def test_members_of_the_group_after_its_name_and_a_verb_first():
    text = (
        "En una ceremonia en el palacio de gobierno, doce nuevos embajadores presentaron sus cartas credenciales "
        "ante el presidente Paul Marin.\n\nEste acto marca el inicio formal de sus misiones.\n\n"
        "Entre los diplomáticos acreditados se encuentran representantes de Europa y de Asia. Destacan, entre "
        "otros, Jean Morel de Francia, Karl Weber de Alemania y Ole Berg de Noruega."
    )
    names = _names(text)
    assert {"Paul Marin", "Jean Morel", "Karl Weber", "Ole Berg"} <= set(names)


def test_what_an_item_of_a_plural_role_is_of_names_no_one():
    text = (
        "Marin se reúne con autoridades locales\n\n"
        "El ministro Paul Marin se reunió ayer con autoridades locales en Rosario.\n\n"
        "Estuvieron presentes los intendentes de Villa Nueva, Ana Ortega; de Loma Verde, Luis Varga; y de Estancia "
        "Vieja, Marta Quiroz."
    )
    names = _names(text)
    assert {"Ana Ortega", "Luis Varga", "Marta Quiroz"} <= set(names)
    assert "Loma Verde" not in names and "Estancia Vieja" not in names


def test_those_who_arrive_at_the_gathering_take_part():
    text = (
        "El gobernador Mario Kessel Duarte se reunió este lunes con su gabinete en el Palacio de Gobierno.\n\n"
        "Los primeros en arribar fueron el secretario de Cultura, Tomás Irigoyen Salas, y la secretaria de Salud, "
        "Marta Quiroga Ruiz.\n\nPasadas las 17:00 horas llegó la secretaria de Turismo, Elsa Navia Toro, y minutos "
        "después entraron juntos el secretario de Obras, Iván Peralta Gómez, y el de Finanzas, Rubén Ocampo Lira."
    )
    names = _names(text)
    assert {"Tomás Irigoyen Salas", "Marta Quiroga Ruiz", "Elsa Navia Toro", "Iván Peralta Gómez"} <= set(names)


def test_a_list_goes_on_in_sentences_an_adverb_of_addition_opens():
    text = (
        "Marin reúne a sus ministros\n\n"
        "El presidente Paul Marin se reunió este lunes con sus ministros en el Palacio Nacional.\n\n"
        "Además se presentaron los ministros Ana Ortega, de Salud; y Luis Varga, de Turismo.\n\n"
        "De igual forma, el ministro de Educación, Iván Peralta Gómez; de Cultura, Marta Quiroz, y de Trabajo, Elsa "
        "Navia Toro.\n\nAdemás, Tomás Irigoyen Salas, de Migración; y Rubén Ocampo Lira, de Aduanas.\n\n"
        "De igual manera, Marin recordó que el expresidente Carlos Ruiz Díaz fundó el ministerio."
    )
    names = _names(text)
    listed = {"Ana Ortega", "Luis Varga", "Iván Peralta Gómez", "Marta Quiroz", "Elsa Navia Toro"}
    assert listed | {"Tomás Irigoyen Salas", "Rubén Ocampo Lira"} <= set(names)
    assert "Carlos Ruiz Díaz" not in names


def test_the_words_of_an_office_in_an_apposition_name_no_one():
    text = (
        "Marin reúne a su gabinete\n\n"
        "El presidente Paul Marin se reunió este lunes con su gabinete en el Palacio Nacional.\n\n"
        "Estuvieron presentes Ana Ortega Ruiz, consultora jurídica del Poder Ejecutivo; Luis Varga Soto, director de "
        "Movilidad Humana; e Iván Peralta Gómez, de Protección Civil."
    )
    names = _names(text)
    assert {"Ana Ortega Ruiz", "Luis Varga Soto", "Iván Peralta Gómez"} <= set(names)
    assert not {"Poder Ejecutivo", "Movilidad Humana", "Protección Civil"} & set(names)


def test_each_item_of_a_name_first_list_gives_its_portfolio():
    text = (
        "Marin reúne a sus ministros\n\n"
        "El presidente Paul Marin se reunió este lunes con sus ministros en el Palacio Nacional.\n\n"
        "Estuvieron presentes los ministros Ana Ortega Ruiz, de Obras Públicas; Luis Varga Soto, de Agricultura; "
        "e Iván Peralta Gómez, de Turismo."
    )
    roles = {p.name: p.role or "" for p in briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).participants}
    assert roles["Ana Ortega Ruiz"].endswith("de Obras Públicas")
    assert roles["Luis Varga Soto"].endswith("de Agricultura")


def test_the_environment_and_rural_portfolios_name_no_one():
    text = (
        "Marin reúne a los consejeros del agua\n\n"
        "El ministro de Agricultura, Paul Marin Soto, se reunió este lunes en Valdoria con los consejeros de las "
        "regiones.\n\n"
        "Estuvieron presentes el consejero de Medio Ambiente de Lerma, Tomás Irigoyen Salas; Ana Ortega Ruiz, de "
        "Desarrollo Rural, y el consejero de Medio Ambiente y Medio Rural de Brisa, Luis Varga Soto."
    )
    names = _names(text)
    assert {"Paul Marin Soto", "Tomás Irigoyen Salas", "Ana Ortega Ruiz", "Luis Varga Soto"} <= set(names)
    assert not [name for name in names if "Ambiente" in name or "Rural" in name]


def test_taking_part_told_with_its_noun_lists_who_was_there():
    text = (
        "El presidente Paul Marin recibió hoy las cartas credenciales de los nuevos embajadores.\n\n"
        "También tomaron parte en la ceremonia Jean Morel Dufour de Francia y Karl Weber Haas de Alemania."
    )
    names = _names(text)
    assert {"Paul Marin", "Jean Morel Dufour", "Karl Weber Haas"} <= set(names)


def test_an_item_whose_country_of_several_words_ends_the_sentence():
    text = (
        "El presidente Paul Marin recibió hoy las cartas credenciales de los nuevos embajadores.\n\n"
        "También asistieron a la ceremonia Jean Morel Dufour de Francia y Karl Weber Haas de Emiratos Árabes Unidos."
    )
    names = _names(text)
    assert {"Jean Morel Dufour", "Karl Weber Haas"} <= set(names)
