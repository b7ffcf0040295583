"""A ceremony held at a place of remembrance named without a name of its own ("au monument aux morts", "au monument
de l'Indépendance", "au cimetière militaire") is held there, when no city is named (French briefs written for these
tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "La cérémonie du 19 mars s'est déroulée au monument aux morts dans une atmosphère solennelle. Le maire "
            "Paul Marin et trois élus ont représenté la municipalité à cette commémoration.",
            "monument aux morts",
        ),
        (
            "Le président de la transition, le général Paul Marin, a déposé mardi une gerbe de fleurs au monument de "
            "l'Indépendance, en présence des membres du gouvernement.",
            "monument de l'Indépendance",
        ),
        (
            "L'ambassadrice Ana Lindqvist a déposé mardi une gerbe au cimetière militaire, lors de la commémoration de "
            "l'armistice.",
            "cimetière militaire",
        ),
    ],
    ids=["monument-aux-morts", "monument-de-l-independance", "cimetiere-militaire"],
)
def test_a_ceremony_at_a_place_of_remembrance_is_held_there(text: str, place: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).location == place


def test_a_city_named_stays_the_place() -> None:
    text = (
        "La cérémonie de commémoration s'est déroulée mardi à Kaya. Le préfet Paul Marin a déposé une gerbe au "
        "monument aux morts."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).location == "Kaya"
