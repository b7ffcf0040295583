"""Participants in Spanish: a capitalised run that ends on an adjective ("Consultas Políticas", "Asuntos
Económicos", "Hemisferio Occidental") names a mechanism or a portfolio, not a person; a surname that shares the
ending's letters without its accent ("Chicas") stays a name.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def participants(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 3, 14)).participants]


def test_es_meeting_of_a_mechanism_named_by_noun_and_adjective_takes_no_one_from_it():
    text = (
        "QUITO, 12 de marzo de 2024.- La primera reunión de Consultas Políticas entre Perú y Bolivia se celebró este "
        "martes en Quito. En ella participaron el vicecanciller peruano Tomás Herrera Vidal y la subsecretaria de "
        "Relaciones Exteriores de Bolivia, Marta Quiroga Paz.\n\n"
        "Al finalizar el encuentro se suscribió el acta de la I Reunión de Consultas Políticas entre ambos países."
    )
    names = participants(text)
    assert "Tomás Herrera Vidal" in names and "Marta Quiroga Paz" in names
    assert "Consultas Políticas" not in names


def test_es_portfolio_ending_on_an_adjective_before_its_holder_is_no_name():
    text = (
        "WASHINGTON, 12 de marzo de 2024.- El embajador de Chile, Tomás Herrera Vidal, se reunió este martes en "
        "Washington con el subsecretario para Asuntos del Hemisferio Occidental, Pablo Ruiz Soto, y con la "
        "directora de Relaciones Económicas Internacionales, Marta Quiroga Paz."
    )
    names = participants(text)
    assert {"Tomás Herrera Vidal", "Pablo Ruiz Soto", "Marta Quiroga Paz"} <= set(names)
    assert not {"Hemisferio Occidental", "Económicas Internacionales"} & set(names)


def test_es_surname_with_the_letters_of_an_ending_but_no_accent_stays_a_name():
    text = (
        "GUATEMALA, 12 de marzo de 2024.- El presidente de Guatemala, Ramiro Estrada, recibió este martes al "
        "embajador de Chile, Rubén Chicas, en el Palacio Nacional."
    )
    assert "Rubén Chicas" in participants(text)
