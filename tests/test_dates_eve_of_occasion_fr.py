""""à la veille de la venue de X" names the eve of another occasion, which the text does not date: no day counted from
the reference, so the weekday the call is told on stays its date.

Every brief and every person here is invented for the test; real countries are named.
"""

import datetime as dt

import briefparse


def test_eve_of_a_visit_is_no_day_before_the_reference():
    brief = briefparse.parse(
        "La présidente finlandaise, Aino Varjonen, a annoncé jeudi avoir commencé un long entretien téléphonique "
        "avec son homologue estonien, Kalev Tamm, à la veille de la venue à Helsinki du Premier ministre letton, "
        "Janis Ozols.\nLes deux dirigeants ont évoqué la sécurité en mer Baltique, a indiqué la présidence "
        "finlandaise.\n",
        reference_date=dt.date(2025, 10, 16),
    )
    assert brief.date == "2025-10-16"


def test_la_veille_alone_still_counts_from_the_reference():
    brief = briefparse.parse(
        "Le ministre estonien Kalev Tamm a été reçu la veille par la présidente finlandaise Aino Varjonen.\n",
        reference_date=dt.date(2025, 10, 16),
    )
    assert brief.date == "2025-10-15"
