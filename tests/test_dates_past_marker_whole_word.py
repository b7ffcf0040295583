"""A word after a weekday marks it as past only when it is the whole marker: "este jueves pasadas las 11.00"
(past eleven o'clock) is this Thursday, "el jueves pasado" the one before.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

THURSDAY = dt.date(2024, 3, 14)


def test_a_longer_word_opening_like_the_past_marker_leaves_the_day_as_it_is():
    text = (
        "La reunión entre la presidenta valdoria Inés Ferrán y el canciller de Perú, Tomás Quiroga, ha comenzado "
        "este jueves pasadas las 11.00 horas en el palacio de gobierno."
    )
    assert briefparse.parse(text, reference_date=THURSDAY).date == "2024-03-14"


def test_the_whole_past_marker_still_names_the_week_before():
    text = (
        "La presidenta valdoria Inés Ferrán se reunió el jueves pasado con el canciller de Perú, Tomás Quiroga, en "
        "el palacio de gobierno."
    )
    assert briefparse.parse(text, reference_date=THURSDAY).date == "2024-03-07"
