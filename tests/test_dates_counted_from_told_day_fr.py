""""le lendemain" and "la veille" count from the day the story tells just before them ("Arrivé le 3 mai 2022 à
Dakar, X a été reçu le lendemain"), and from the day the brief was written only when no day comes before them.

Every brief and every person here is invented for the test; the countries are invented.
"""

import datetime as dt

import briefparse


def test_le_lendemain_counts_from_the_arrival_day_told_before_it():
    brief = briefparse.parse(
        "Visite à Lorenia\n\nArrivé le 3 mai 2022 à Lorenia, le ministre Paul Tano a été reçu le lendemain par le "
        "président Ali Sarr.\n"
    )
    assert brief.date == "2022-05-04"


def test_la_veille_with_no_day_before_it_counts_from_the_reference():
    brief = briefparse.parse(
        "Visite à Lorenia\n\nLe ministre Paul Tano a été reçu la veille par le président Ali Sarr.\n",
        reference_date=dt.date(2022, 5, 10),
    )
    assert brief.date == "2022-05-09"
