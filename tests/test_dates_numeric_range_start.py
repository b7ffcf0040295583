"""A range of days whose last day is written in figures ("vom 22. – 25.10.2013", "du 22 au 25/10/2013") dates the
gathering from its first day, as a range in words does ("du 22 au 25 octobre 2013"). A number that is no earlier
day keeps the date in figures as it was.

Every brief here is invented for the test.
"""

import briefparse

DE = (
    "Pressemeldung\n\n"
    "Auf Einladung des Landrats Peter Brandt besucht in der Zeit vom 22. – 25.10.2013 eine Delegation aus dem "
    "Kreis Norvik unter der Leitung von Jan Lind den Landkreis Waldau.\n"
)
FR = (
    "Le ministre des Affaires étrangères du Valdor, Jan Lind, effectue une visite officielle à Norville "
    "du 22 au 25/10/2013 à l'invitation de son homologue Paul Etoga.\n"
)


def test_a_german_range_ending_in_figures_dates_its_first_day():
    assert briefparse.parse(DE).date == "2013-10-22"


def test_a_french_range_ending_in_figures_dates_its_first_day():
    assert briefparse.parse(FR).date == "2013-10-22"


def test_a_later_number_before_the_date_is_no_first_day():
    record = briefparse.parse(FR.replace("du 22 au 25/10/2013", "le 28 - 25/10/2013"))
    assert record.date == "2013-10-25"
