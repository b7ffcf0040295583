"""Participants: a nickname in double or single quotes inside a full name ("Luiz Inácio “Lula” da
Silva", "José 'Pepe' Quiroga") is part of that one name, not the end of one person and the start of another; a
quotation after a name stays outside it.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def participants(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 3, 14)).participants]


def test_es_nickname_in_typographic_quotes_stays_inside_the_name():
    text = (
        "PANAMÁ, 12 de marzo de 2024.- El presidente de Panamá, Ramiro Estrada Vidal, recibió este martes a su "
        "homólogo de Brasil, Luiz Inácio “Lula” da Silva, en el Palacio de las Garzas."
    )
    names = participants(text)
    assert "Luiz Inácio “Lula” da Silva" in names
    assert "Luiz Inácio" not in names


def test_en_nickname_in_straight_quotes_stays_inside_the_name():
    text = (
        "MONTEVIDEO, March 12, 2024 - Uruguayan President Tomás Herrera met on Tuesday in Montevideo with the "
        'Paraguayan foreign minister, José "Pepe" Ortega Paz, to discuss river transport.'
    )
    names = participants(text)
    assert 'José "Pepe" Ortega Paz' in names
    assert "José" not in names and "Ortega Paz" not in names


def test_es_nickname_in_single_quotes_stays_inside_the_name():
    text = (
        "El presidente Tomás Herrera se reunió este martes en la Casa de Gobierno con los ex presidentes de Chile, "
        "Andrés Pozo Ríos; de Bolivia, José 'Pepe' Quiroga; y de Ecuador, Ramón Vidal."
    )
    names = participants(text)
    assert "José 'Pepe' Quiroga" in names
    assert "José" not in names


def test_es_nickname_in_curly_single_quotes_stays_inside_the_name():
    text = "El presidente Tomás Herrera recibió este martes al exmandatario uruguayo José ‘Pepe’ Quiroga en Asunción."
    names = participants(text)
    assert "José ‘Pepe’ Quiroga" in names
    assert "José" not in names and "Pepe’ Quiroga" not in names


def test_ru_company_in_angle_quotes_is_no_nickname():
    text = "Глава «Вальнефти» Игорь Седов встретился во вторник с президентом Венесуэлы Николасом Пересом."
    names = participants(text)
    assert "Игорь Седов" in names
