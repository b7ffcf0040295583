"""A run opened by a given name the register lists names a person though a later or its own word is also an
office, a weekday, a country's word or a large city ("Luisa María Alcalde", "Domingo Arteaga").

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse
from briefparse.analysis.names import find_names
from briefparse.lang import get_language


def participants(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).participants]


def names(text: str, code: str) -> list[str]:
    return [text[m.start : m.end] for m in find_names(text, 0, len(text), get_language(code))]


def test_es_office_word_as_surname_after_given_names():
    text = (
        "El canciller recibe a la secretaria de Cultura\n"
        "El canciller Pablo Ruano se reunió este lunes en Quito con la secretaria de Gobernación, Marta Inés "
        "Alcalde, para tratar la agenda bilateral.\n"
    )
    assert participants(text)[:2] == ["Pablo Ruano", "Marta Inés Alcalde"]


def test_de_office_word_as_surname_after_a_given_name():
    assert names("Landeshauptmann Jonas Kaiser empfing am Montag den Botschafter.", "de") == ["Jonas Kaiser"]


def test_title_after_a_full_name_stays_apart():
    assert names("Talks with Paul Marin Minister of Trade began.", "en") == []


def test_es_weekday_given_name_opens_the_name():
    text = "Presentaron sus cartas los embajadores Domingo Valdés Ferrer, de Chile, y Tomás Oria, de Perú."
    assert "Domingo Valdés Ferrer" in names(text, "es")


def test_es_given_name_a_country_shares_before_a_surname():
    # "Mauricio" is Mauritius in Spanish, "Aden" a city and a gulf
    assert names("El viceministro Mauricio Ruano Tello viajó a Ereván.", "es")[0] == "Mauricio Ruano Tello"
    assert names("He met Aden Bare Marin, Minister of Defence.", "en") == ["Aden Bare Marin"]


def test_es_given_name_a_large_city_shares_before_a_surname():
    text = "Se reunirá con Juan Ortega (Honduras) y Salvador Quintana Rubio (Valdoria)."
    assert "Salvador Quintana Rubio" in names(text, "es")
