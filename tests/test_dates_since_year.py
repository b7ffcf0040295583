"""A bare year that a word of "since" opens ("au pouvoir depuis 2005", "depuis son élection en 2017", "in office
since 2005") is where a state still going on began: the brief's time comes after it, however long after, so a
weekday's date without its year takes the latest agreeing year, not one close to that year.
The briefs are invented for the test.
"""

import datetime as dt

import briefparse


def _latest(month: int, day: int, weekday: int) -> str:
    today = dt.date.today()
    return max(
        d for y in range(1990, today.year + 1) if (d := dt.date(y, month, day)).weekday() == weekday and d <= today
    ).isoformat()


def test_a_year_in_power_since_is_no_year_the_brief_is_set_near():
    text = (
        "Le président valdorien attendu à Arden\n\n"
        "Paul Marin, président de la Valdorie, est attendu à Arden ce mardi 27 juin, annonce la présidence. Il sera "
        "reçu par son homologue Jean Kessi, au pouvoir depuis 2005."
    )
    assert briefparse.parse(text).date == _latest(6, 27, 1)  # not 2006, the first such Tuesday after 2005


def test_a_year_opened_by_since_a_few_words_before():
    text = (
        "Le président chahuté au salon\n\n"
        "Depuis son élection en 2017, le président valdorien Paul Marin est un habitué du salon d'Arden. L'accueil "
        "qu'il a reçu samedi 24 février a pourtant été agité."
    )
    assert briefparse.parse(text).date == _latest(2, 24, 5)  # not 2018


def test_a_year_in_office_since_in_english():
    text = (
        "Valdorian president expected in Arden\n\n"
        "President Paul Marin of Valdoria will be received in Arden on Tuesday, June 27, by John Kessi, in office "
        "since 2005, the presidency said."
    )
    assert briefparse.parse(text).date == _latest(6, 27, 1)


def test_a_year_written_alone_without_since_still_sets_the_year():
    text = (
        "Session ordinaire du Conseil de Valdorie\n\n"
        "Les ministres du Conseil de Valdorie se sont réunis ce vendredi 14 juillet à Arden. Depuis des mois, ils "
        "préparaient les comptes de l'exercice 2016."
    )
    assert briefparse.parse(text).date == "2017-07-14"
