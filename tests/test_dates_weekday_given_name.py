"""A weekday written with a capital inside a sentence, before a capitalised word, in a language that writes its
weekdays in lower case ("; Domingo Ferrán, de Chile") is a given name, not a day.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def test_a_capitalised_weekday_before_a_surname_is_no_day():
    text = (
        "El presidente valdorio Tomás Quiroga recibió las cartas credenciales de los nuevos embajadores Julia Ortiz "
        "Lemus, de Chile; Domingo Ferrán Olmedo, de Perú, y Pablo Rey Tuñón, de Uruguay."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 13)).date is None


def test_a_weekday_opening_a_sentence_is_still_a_day():
    text = (
        "El presidente valdorio Tomás Quiroga recibió a su homólogo de Perú. Domingo Ferrán, el canciller, asistió. "
        "El encuentro tuvo lugar el domingo en Lima."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 13)).date == "2024-03-10"
