"""A venue's name runs over what its capitalised words leave out: a lower-case complement after its noun ("au Palais
du peuple", "au Palais de la nation") and an adjective before a lower-case noun whose name follows ("at her official
residence Tidewater"); a day or a month after the noun is when, not the venue's name (briefs written for these
tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Le président Tomas Brandt a reçu mardi son homologue Jan Lind au Palais de la nation à Kinshasa. Les "
            "deux chefs d'État ont eu un entretien en tête-à-tête.",
            "Palais de la nation à Kinshasa",
        ),
        (
            "Le président Tomas Brandt a reçu mardi son homologue Jan Lind au Palais du peuple. Les deux chefs "
            "d'État ont évoqué la coopération.",
            "Palais du peuple",
        ),
        (
            "Opposition leader Mira Kell paid a courtesy call on Prime Minister Alder Voss at her official residence "
            "Tidewater in the city on Tuesday.",
            "official residence Tidewater",
        ),
        (
            "Opposition leader Mira Kell met President Alder Voss at the presidential palace Seahold on Tuesday.",
            "presidential palace Seahold",
        ),
    ],
    ids=["fr-complement-city", "fr-complement", "en-adjective-name", "en-palace-name"],
)
def test_a_venue_name_runs_on(text: str, location: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 8))
    assert brief.location == location


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Mira Kell met President Alder Voss at the presidential palace on Tuesday.",
        "Opposition leader Mira Kell met President Alder Voss at the presidential palace Tuesday.",
    ],
    ids=["on-weekday", "weekday"],
)
def test_a_day_is_no_venue_name(text: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 8))
    assert brief.location == "presidential palace"


def test_a_capitalised_complement_keeps_its_name() -> None:
    text = "Le président Tomas Brandt a reçu mardi son homologue Jan Lind au Palais de l’Unité de Yaoundé."
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 8)).location == "Palais de l’Unité de Yaoundé"
