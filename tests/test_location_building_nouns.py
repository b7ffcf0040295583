"""A venue named by a building's noun in a later sentence of the event (a headquarters, a manor house, an arena),
maybe with its city set off by a comma, is where the event was held, over the city the lead names (briefs written
for these tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Los ministros de Kessel y Varlandia se reunieron ayer en Lima.\n\nLos titulares de Defensa, Tomás Brandt, "
            "y de Relaciones Exteriores, Jan Lind, encabezaron la cita que se realizó en el Cuartel General del "
            "Ejército. En el encuentro se analizó el estado de las relaciones.",
            "Cuartel General del Ejército",
        ),
        (
            "The ministerial council of the Kessel Forum opened this morning in Belgrade. Some 40 ministers gathered "
            "at the Varna Arena, in Belgrade, at the invitation of Foreign Minister Tomas Brandt.",
            "Varna Arena",
        ),
    ],
    ids=["es-headquarters", "en-arena-comma-city"],
)
def test_a_building_noun_names_the_venue(text: str, venue: str) -> None:
    location = briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location
    assert location is not None and location.startswith(venue)
