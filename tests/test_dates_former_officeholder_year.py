"""A weekday and a day of the month without a year, in a brief with no reference date: an officeholder of the
register the brief calls former ("l'ancien président X", "former President X") held office before the time the
brief is told, so that term dates none of its days; the year comes from the rest of the brief (here the latest
agreeing year), not from the old term.

Every brief here is invented for the test; the officeholders are real people of the register.
"""

import datetime as dt

import briefparse


def _latest(month: int, day: int, weekday: int) -> str:
    """The latest day of that month and day on that weekday up to today: the year when nothing else tells it."""
    today = dt.date.today()
    year = next(y for y in range(today.year, today.year - 12, -1) if dt.date(y, month, day).weekday() == weekday)
    return f"{year}-{month:02d}-{day:02d}"


def test_a_funeral_of_a_former_president_is_not_dated_in_his_term():
    text = (
        "Le roi de Valdora, Aldric IV, sera absent ce lundi 30 septembre aux obsèques de l'ancien président "
        "français Jacques Chirac.\n\nIl sera représenté par le prince Oren, a annoncé le palais."
    )
    assert briefparse.parse(text).date == _latest(9, 30, 0)


def test_a_former_president_receiving_a_delegation_is_not_dated_in_his_term():
    text = (
        "L'ancien président ivoirien Laurent Gbagbo a reçu le dimanche 10 novembre une délégation de Valdora "
        "conduite par Tomas Ibarra.\n\nLes échanges ont porté sur la situation politique."
    )
    assert briefparse.parse(text).date == _latest(11, 10, 6)


def test_an_english_former_president_is_not_dated_in_his_term():
    text = (
        "Former President Laurent Gbagbo on Sunday, November 10 received a delegation from Valdora led by "
        "Tomas Ibarra.\n\nThe talks focused on the political situation."
    )
    assert briefparse.parse(text).date == _latest(11, 10, 6)


def test_a_president_not_called_former_still_dates_the_day_in_his_term():
    text = (
        "Le président ivoirien Laurent Gbagbo a reçu le dimanche 10 novembre une délégation de Valdora "
        "conduite par Tomas Ibarra.\n\nLes échanges ont porté sur la situation politique."
    )
    assert briefparse.parse(text).date == "2002-11-10"
