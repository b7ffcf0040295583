"""During a visit, the city the guest was received in gives way to a venue the next sentence calls by its proper name
(the building of the reception); a venue called by a common noun, the city a journey leads to, or a stop of a tour of
a country leaves the city (briefs written for these tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Le Premier ministre, Karim Deslan, a reçu mercredi à Alger le ministre varnien des Affaires étrangères, "
            "Jon Meral, en visite de travail d'une journée en Algérie.\n\n"
            "« Le Premier ministre a reçu mercredi au Palais des Cèdres M. Jon Meral, qui effectue une visite de "
            "travail en Algérie », précise un communiqué.",
            "Palais des Cèdres",
        ),
        (
            "La presidenta de Varnia, Elena Soto, fue recibida hoy con honores militares en Bogotá por el presidente "
            "Andrés Villa, al comenzar una visita oficial de pocas horas al país.\n\n"
            "Soto fue recibida por Villa en la Casa de los Vientos, sede del Gobierno, en una ceremonia oficial.",
            "Casa de los Vientos",
        ),
    ],
    ids=["fr-palais", "es-casa"],
)
def test_a_visited_city_gives_way_to_a_proper_venue(text: str, venue: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 8))
    assert brief.location is not None and brief.location.startswith(venue)


def test_a_stop_of_a_state_visit_to_a_country_leaves_the_city() -> None:
    text = (
        "Wien (APA) - Bundespräsident Karl Moser wird am Montag König Jan und Königin Eva von Varnien zu einem "
        "dreitägigen Staatsbesuch in Österreich empfangen.\n\n"
        "Um 11.30 Uhr erfolgt die Begrüßung mit militärischen Ehren im Inneren Burghof.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 8))
    assert brief.location == "Wien"


@pytest.mark.parametrize(
    "venue",
    ["la sede de la Cancillería", "la Casa de los Vientos"],
    ids=["common-noun", "journey"],
)
def test_the_city_a_journey_reaches_stays(venue: str) -> None:
    text = (
        "La presidenta de Varnia, Elena Soto, llegó hoy a Bogotá para una visita oficial de pocas horas.\n\n"
        f"Soto fue recibida por el presidente Andrés Villa en {venue}, en una ceremonia oficial.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 8))
    assert brief.location == "Bogotá"
