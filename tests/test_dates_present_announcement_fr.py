"""A meeting or a journey told in the present beside its weekday ("Le Premier ministre reçoit lundi son homologue, a
indiqué dimanche le gouvernement") is announced: the weekday is the coming one, as a report of one gone by takes the
past ("a reçu lundi").

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse

_SUNDAY = dt.date(2020, 12, 13)


@pytest.mark.parametrize(
    ("verb", "date"),
    [
        ("reçoit", "2020-12-14"),  # the coming Monday
        ("a reçu", "2020-12-07"),  # the Monday gone by
        ("se rend", "2020-12-14"),
    ],
)
def test_the_tense_of_the_verb_sets_the_weekday(verb, date):
    text = (
        f"Le Premier ministre Paul Marin {verb} lundi à Porta Nova le chef du gouvernement norlandais, Karl Vester, "
        "a indiqué dimanche le gouvernement valdorien dans un communiqué."
    )
    assert briefparse.parse(text, reference_date=_SUNDAY).date == date
