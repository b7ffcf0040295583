"""A weekday's date without its year, in a brief with no full date and no reference date, falls in the year that
agrees with its weekday closest to a year the text writes alone ("l'exercice 2016"), or a few years after it, not
in the latest such year.
The briefs are invented for the test.
"""

import datetime as dt

import briefparse


def test_a_year_written_alone_sets_the_weekday_date():
    text = (
        "Session ordinaire du Conseil de Valdorie\n\n"
        "Les ministres du Conseil de Valdorie se sont réunis ce vendredi 14 juillet à Arden. Ils ont adopté les "
        "comptes de l'exercice 2016 et le programme de travail de la commission."
    )
    assert briefparse.parse(text).date == "2017-07-14"


def test_a_year_far_from_any_agreeing_one_leaves_the_latest():
    text = (
        "Hommage à Arden\n\n"
        "Les ministres valdoriens ont rendu hommage ce lundi 12 août à Paul Marin, ministre de 2007 à 2008, lors d'une "
        "cérémonie au palais du gouvernement."
    )
    today = dt.date.today()
    latest = max(d for y in range(1990, today.year + 1) if (d := dt.date(y, 8, 12)).weekday() == 0 and d <= today)
    assert briefparse.parse(text).date == latest.isoformat()


def test_a_year_written_alone_is_looked_back_on_from_the_weekday_date():
    text = (
        "Arden reçoit le président valdorien\n\n"
        "Le mercredi 11 janvier, le président de la Valdorie, Paul Marin, a été reçu par son homologue à Arden. "
        "C'est leur troisième entretien depuis la visite officielle d'octobre 2019."
    )
    # 11 January fell on a Wednesday in 2017 and in 2023: the meeting comes after the visit it counts from
    assert briefparse.parse(text).date == "2023-01-11"
