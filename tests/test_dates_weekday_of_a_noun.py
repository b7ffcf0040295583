"""A weekday that a link ties to the noun before it ("las elecciones del domingo", "le scrutin de dimanche", "die
Wahl vom Sonntag") is the day of that thing, told in passing, not the day of the brief's event: a brief that tells
its own event on no day has no date. A part of the day ("la tarde del domingo") and a range ("del lunes al
miércoles") stay days of their own.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

THURSDAY = dt.date(2024, 3, 14)


def test_the_day_of_an_election_named_in_passing_is_not_the_meeting_s():
    text = (
        "El canciller de Valdoria, Tomás Quiroga, ha recibido al embajador de Perú, Inés Ferrán, horas después de "
        "que el Gobierno criticase la valoración peruana sobre las elecciones regionales del domingo.\n"
        "El encuentro fue cordial, dijo el canciller."
    )
    assert briefparse.parse(text, reference_date=THURSDAY).date is None


def test_the_day_of_a_ballot_in_french_is_not_the_meeting_s():
    text = (
        "Le ministre valdorien des Affaires étrangères, Tomás Quiroga, a reçu l'ambassadeur du Pérou, Inés Ferrán, "
        "après les critiques sur le scrutin de dimanche."
    )
    assert briefparse.parse(text, reference_date=THURSDAY).date is None


def test_the_day_of_an_election_in_german_is_not_the_meeting_s():
    text = (
        "Der valdorische Außenminister Tomás Quiroga hat den Botschafter Perus, Inés Ferrán, empfangen. Beide "
        "sprachen über die Ergebnisse der Wahl vom Sonntag."
    )
    assert briefparse.parse(text, reference_date=THURSDAY).date is None


def test_a_part_of_the_day_keeps_its_weekday_the_event_s():
    text = (
        "El presidente de Valdoria, Tomás Quiroga, recibió en horas de la tarde del domingo a su homólogo de Perú, "
        "Inés Ferrán, en el aeropuerto de la capital."
    )
    assert briefparse.parse(text, reference_date=THURSDAY).date == "2024-03-10"


def test_a_range_of_weekdays_keeps_its_first_day():
    text = (
        "El presidente de Valdoria, Tomás Quiroga, visitó Perú del lunes al miércoles y se reunió con su homóloga, "
        "Inés Ferrán."
    )
    assert briefparse.parse(text, reference_date=THURSDAY).date is not None
