"""A weekday told beside a range of days ("s'est entretenu mardi … en marge de la réunion qui se tient du 11 au 13
mars 2024") names the day of the range with that weekday, not the one before the range's first day.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def test_a_weekday_beside_a_range_of_days_is_the_day_of_the_range():
    text = (
        "Le ministre valdorien Paul Marin s'est entretenu mardi avec son homologue lorenien Erik Lund, en marge de la "
        "réunion ministérielle de l'Union qui se tient du 11 au 13 mars 2024 à Lirno."
    )
    assert briefparse.parse(text).date == "2024-03-12"


def test_a_weekday_no_day_of_the_range_has_keeps_its_reading():
    text = (
        "Le ministre valdorien Paul Marin s'est entretenu vendredi avec son homologue lorenien Erik Lund, avant la "
        "réunion ministérielle de l'Union qui se tiendra du 11 au 13 mars 2024 à Lirno."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 9)).date == "2024-03-08"
