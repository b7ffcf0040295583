"""A day that a phrase of a year or a month back follows ("am 18. Dezember vergangenen Jahres", "on December 18
last year", "le 18 décembre de l'année dernière") tells an earlier occasion the story recalls, even in a sentence
that names talks: the brief's own day, told in a sentence with no event word, still dates it.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Porta Nova – Landeshauptmann Paul Marin fährt morgen nach Valdora.\n"
        "Am morgigen Dienstag, den 12. März 2024, unternimmt Landeshauptmann Paul Marin eine Dienstreise nach "
        "Valdora.\n"
        "Es sind dies die ersten offiziellen Arbeitsgespräche von Paul Marin mit Präsidentin Ana Ortega nach "
        "der Wahl der neuen Regierung am 18. Dezember vergangenen Jahres.",
        "Porta Nova – Governor Paul Marin travels to Valdora next week.\n"
        "On Tuesday, March 12, 2024, Governor Paul Marin will be in Valdora.\n"
        "These are the first official talks between Paul Marin and President Ana Ortega since the new government "
        "took office on December 18 last year.",
        "Porta Nova – Le gouverneur Paul Marin se rend en Valdora.\n"
        "Le mardi 12 mars 2024, le gouverneur Paul Marin sera en Valdora.\n"
        "Il s'agit des premiers entretiens officiels entre Paul Marin et la présidente Ana Ortega après "
        "l'investiture du gouvernement le 18 décembre de l'année dernière.",
        "Porta Nova – El gobernador Paul Marin viaja a Valdora.\n"
        "El martes 12 de marzo de 2024, el gobernador Paul Marin estará en Valdora.\n"
        "Son las primeras conversaciones oficiales entre Paul Marin y la presidenta Ana Ortega tras la "
        "investidura del gobierno el 18 de diciembre del año pasado.",
        "Порта-Нова – Губернатор Пол Марин отправляется в Вальдору.\n"
        "Во вторник, 12 марта 2024 года, губернатор Пол Марин будет в Вальдоре.\n"
        "Это первые официальные переговоры Пола Марина с президентом Аной Ортегой после формирования "
        "правительства 18 декабря прошлого года.",
    ],
)
def test_a_day_of_last_year_does_not_date_the_event(text: str):
    assert briefparse.parse(text).date == "2024-03-12"


def test_a_day_without_such_a_phrase_still_dates_the_talks():
    text = (
        "Porta Nova – Landeshauptmann Paul Marin fährt morgen nach Valdora.\n"
        "Am morgigen Dienstag, den 12. März 2024, ist Landeshauptmann Paul Marin in Valdora.\n"
        "Die Arbeitsgespräche von Paul Marin mit Präsidentin Ana Ortega fanden am 13. März statt."
    )
    assert briefparse.parse(text).date == "2024-03-13"
