"""A meeting whose sentence gives only a country (the guest's stay there) is held at the venue of that country which
the next sentence or, for a seat of its government, the headline names; a visit keeps the country it reaches
(briefs written for these tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "President Alder Voss, who is on a working visit to Portugal, held talks with Prime Minister Mira Kell "
            "today.\n\nThe Prime Minister welcomed him at the Palace of Tides, where the two leaders also signed a "
            "memorandum on fisheries.",
            "Palace of Tides",
        ),
        (
            "Le ministre Jan Lind, en séjour au Portugal, a eu lundi un entretien avec le président Tomas Brandt.\n\n"
            "Le président l'a accueilli au palais des Marées, en présence des ministres des deux pays.",
            "palais des Marées",
        ),
        (
            "Brandt recibió en Miraflores al canciller de Varlandia\n\nEl presidente Tomás Brandt recibió este martes "
            "al canciller de Varlandia, Jan Lind, quien se encuentra en Venezuela como parte de una gira por América "
            "Latina.\n\nAmbos conversaron sobre la cooperación entre las dos naciones.",
            "Miraflores",
        ),
    ],
    ids=["en-next-sentence", "fr-next-sentence", "es-headline-seat"],
)
def test_a_country_gives_way_to_its_venue(text: str, venue: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 6))
    assert brief.event_type == "meeting"
    assert brief.location is not None and brief.location.startswith(venue)


def test_a_venue_in_a_city_abroad_is_not_the_country_s() -> None:
    text = (
        "President Alder Voss, who is on a working visit to Portugal, held talks with Prime Minister Mira Kell today."
        "\n\nThe Prime Minister welcomed him at the Palace of Culture in Minsk, where the two leaders also signed a "
        "memorandum."
    )
    location = briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location
    assert location is not None and location == "Portugal"


def test_a_visit_keeps_the_country_it_reaches() -> None:
    text = (
        "President Alder Voss arrived in Portugal on Monday for a three-day state visit.\n\nHe was welcomed by Prime "
        "Minister Mira Kell at the Palace of Tides."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 6))
    assert brief.event_type == "visit"
    assert brief.location is not None and brief.location == "Portugal"
