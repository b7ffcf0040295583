"""A day whose month is named from the day the brief was published ("le 11 courant", "le 11 du mois en cours", "du
11 au 13 courant", "le 28 du mois dernier"): the administrative style of francophone ministries and agencies.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse

LEAD = "Le ministre valdorien des Affaires étrangères, Paul Marin, a reçu {when} l'ambassadeur de Norlandie, Erik Lund."
REST = "\n\nLes deux hommes ont évoqué la coopération entre la Valdoria et la Norlandie."


@pytest.mark.parametrize(
    ("when", "reference", "expected"),
    [
        ("le 11 courant", dt.date(2024, 3, 14), "2024-03-11"),
        ("le lundi 11 courant", dt.date(2024, 3, 14), "2024-03-11"),
        ("le 1er courant", dt.date(2024, 3, 14), "2024-03-01"),
        ("le 11 du mois en cours", dt.date(2024, 3, 14), "2024-03-11"),
        ("le 11 de ce mois", dt.date(2024, 3, 14), "2024-03-11"),
        ("le 28 du mois dernier", dt.date(2024, 3, 14), "2024-02-28"),
        ("le 28 du mois dernier", dt.date(2024, 1, 5), "2023-12-28"),
    ],
)
def test_day_of_the_reference_month(when, reference, expected):
    brief = briefparse.parse(LEAD.format(when=when) + REST, reference_date=reference)
    assert brief.date == expected


def test_day_of_the_datelines_month():
    text = "Porta Nova, 14 mars 2024 (AVP) - " + LEAD.format(when="le 12 courant") + REST
    brief = briefparse.parse(text)
    assert (brief.date, brief.published) == ("2024-03-12", "2024-03-14")


def test_range_of_the_current_month_dates_its_first_day():
    text = (
        "Le ministre valdorien Paul Marin a effectué du 11 au 13 courant une visite officielle en Norlandie, où il a "
        "rencontré le président Erik Lund." + REST
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 18)).date == "2024-03-11"


def test_no_publication_day_leaves_the_month_unknown():
    """With no day of publication, a full date further down tells another occasion: the month is unknown."""
    text = LEAD.format(when="le 11 courant") + " Erik Lund est en poste depuis le 3 février 2019." + REST
    assert briefparse.parse(text).date is None
