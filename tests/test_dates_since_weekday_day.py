"""A day that "since" opens is the day a state still going on began, no event's ("circulating since 6 January"),
but a day named with its weekday, the way a brief names the days of its own week, is the opening day of the
gathering it tells, still going on ("Le sommet s'est ouvert depuis mercredi 29 novembre").

Every brief here is invented for the test.
"""

import briefparse


def test_a_since_day_with_its_weekday_opens_the_gathering_told() -> None:
    text = (
        "Sommet régional à Lirno\n\n"
        "Le sommet des chefs d'État de la région s'est ouvert depuis mercredi 29 novembre à Lirno, en présence du "
        "président valdorien Paul Marin et de son homologue lorenais Erik Lund."
    )
    assert briefparse.parse(text, reference_date="2017-11-30").date == "2017-11-29"


def test_a_since_day_without_its_weekday_dates_no_event() -> None:
    text = (
        "Le président valdorien Paul Marin a reçu le ministre lorenais Erik Lund.\n\n"
        "Les deux pays ont repris leurs négociations, suspendues depuis le 6 janvier 2024."
    )
    assert briefparse.parse(text, reference_date="2024-03-14").date is None
