"""A visit that the brief tells by its departure goes where the journey leads: after a verb of leaving and the place
it leaves, a link toward its end ("left Dornau for Varnburg", "quitte Dornau pour Varnburg"), or a phrase of
destination alone ("à destination de"). Not the place left, and nothing when no known place follows (briefs written
for these tests, invented names; real cities as the places)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "President Tomas Brandt left Lusaka on Saturday for Nairobi, Kenya, to take part in the summit of the "
            "regional community. The summit will discuss security and trade.",
            "Nairobi",
        ),
        (
            "Le Premier ministre, Jan Lind, quitte Bamako pour Lisbonne ce mercredi, peu après le Conseil des "
            "ministres. Il sera accompagné de plusieurs ministres.",
            "Lisbonne",
        ),
        (
            "Le président Piet Varga a pris son envol depuis Niamey ce matin à destination d'Accra, marquant le début "
            "de la deuxième étape de sa tournée. Cette visite de travail revêt une grande importance.",
            "Accra",
        ),
    ],
    ids=["en-left-for", "fr-quitte-pour", "fr-a-destination"],
)
def test_a_departure_places_the_visit_where_it_goes(text: str, place: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location == place


def test_a_departure_with_no_known_place_after_its_link_names_none() -> None:
    text = (
        "President Tomas Brandt left Lusaka on Saturday for talks on the new trade agreement. The talks will "
        "discuss security and trade."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location is None
