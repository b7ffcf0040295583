"""Spanish futures too short for the future endings ("será", "hará", "irá"): a later sentence told with one, after a
lead that tells what took place, is an occasion to come, and whom it names is mentioned, not taking part. The brief
is invented for the test."""

import datetime as dt

import briefparse


def test_a_reception_to_come_in_the_passive_future_names_people_only_mentioned():
    brief = briefparse.parse(
        "Reunión en Washington\n\n"
        "El presidente Paul Marin sostuvo una reunión con el secretario general de la Unión, Jean Kessel, en "
        "Washington.\n\n"
        "La entrevista se inició a las 08:30 horas.\n\n"
        "Luego, a las 16:00 horas, Paul Marin será recibido por el consejero de seguridad, Luc Morel.",
        reference_date=dt.date(2025, 3, 5),
    )
    assert [p.name for p in brief.participants] == ["Paul Marin", "Jean Kessel"]
    assert [p.name for p in brief.people_mentioned] == ["Luc Morel"]
