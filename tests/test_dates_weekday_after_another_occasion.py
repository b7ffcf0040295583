"""A weekday is not paired with a day of the month that a phrase of "after" holds ("se sont entretenus vendredi
après les bombardements ayant touché X le 27 février", "spoke on Friday after the attack on February 27"): that
day is the earlier occasion's, so it neither gives the weekday's year nor dates the event. With no year and no
reference date, the event's date stays unknown. The weekday and the day inside one "after" phrase still name one
day, and so does a dateline's day outside it.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Les présidents valdorien et norlandais se sont entretenus vendredi par téléphone après les bombardements "
        "ayant touché Lirnau le 27 février.\nL'entretien a porté sur la zone de désescalade.",
        "Après les bombardements du 27 février, les présidents valdorien et norlandais se sont entretenus vendredi "
        "par téléphone.\nL'entretien a porté sur la zone.",
        "The presidents of Valdora and Norland spoke by phone on Friday after the shelling that hit Lirnau on "
        "February 27.\nThe call dealt with the de-escalation zone.",
        "Los presidentes de Valdora y Norlandia conversaron el viernes por teléfono tras el ataque del 27 de "
        "febrero contra Lirnau.\nLa llamada abordó la zona.",
        "Die Präsidenten Valdoras und Norlands telefonierten am Freitag nach dem Angriff vom 27. Februar auf "
        "Lirnau.\nDas Gespräch drehte sich um die Zone.",
        # words that say "after" in more than one word
        "Les présidents valdorien et norlandais se sont entretenus vendredi par téléphone à la suite des "
        "bombardements du 27 février contre Lirnau.\nL'entretien a porté sur la zone.",
        "Les présidents valdorien et norlandais se sont entretenus vendredi par téléphone suite aux bombardements "
        "du 27 février contre Lirnau.\nL'entretien a porté sur la zone.",
        "The presidents of Valdora and Norland spoke by phone on Friday in the wake of the February 27 attack on "
        "Lirnau.\nThe call dealt with the zone.",
        "Los presidentes de Valdora y Norlandia conversaron el viernes por teléfono a raíz del ataque del 27 de "
        "febrero contra Lirnau.\nLa llamada abordó la zona.",
    ],
)
def test_a_day_after_after_does_not_date_the_weekday(text):
    assert briefparse.parse(text).date is None


def test_the_reference_date_still_dates_the_weekday():
    brief = briefparse.parse(
        "Les présidents valdorien et norlandais se sont entretenus vendredi par téléphone après les bombardements "
        "ayant touché Lirnau le 27 février.\nL'entretien a porté sur la zone de désescalade.",
        reference_date=dt.date(2020, 3, 1),
    )
    assert str(brief.date) == "2020-02-28"


def test_the_dateline_s_day_outside_the_phrase_pairs_with_the_weekday():
    brief = briefparse.parse(
        "Porta Nova, 28 févr (AVP) - Les présidents valdorien et norlandais se sont entretenus vendredi après les "
        "bombardements du 27 février.\nIls ont parlé de la zone."
    )
    day = dt.date.fromisoformat(str(brief.date))
    assert (day.month, day.day, day.weekday()) == (2, 28, 4)


def test_a_weekday_inside_the_phrase_names_its_day():
    brief = briefparse.parse(
        "Après un entretien vendredi 12 mai avec son homologue norlandais, le président valdorien Paul Marin a "
        "signé un accord."
    )
    day = dt.date.fromisoformat(str(brief.date))
    assert (day.month, day.day, day.weekday()) == (5, 12, 4)


def test_an_afternoon_is_no_after():
    brief = briefparse.parse(
        "Porta Nova, 12 mai (AVP) - Le président valdorien Paul Marin a reçu vendredi dans l'après-midi son "
        "homologue norlandais Erik Lund.\nIls ont parlé de coopération."
    )
    day = dt.date.fromisoformat(str(brief.date))
    assert (day.month, day.day, day.weekday()) == (5, 12, 4)
