"""A dateline that names a country no capital is named after is a feed's label, not where the event was: with no
other place in the brief, the event has none; a city-state's name is its capital's, and stays (briefs written for
these tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "UZBEKISTAN, May 2 - Foreign Minister met with the Ambassador of Kessel\n\nOn May 2, 2024, the Minister of "
        "Foreign Affairs Tomas Brandt held a meeting with the Ambassador of Kessel Ana Lind. The parties discussed "
        "bilateral cooperation.",
        "Tchad-Kessel : l'envoyé de Kessel reçu par le chef de l'Etat\n\nChad, Mai 2 -- Le président Paul Marin a "
        "accordé cet après-midi une audience à l'envoyé spécial de Kessel, Jean Lind.",
    ],
    ids=["country-en", "country-fr"],
)
def test_a_country_dateline_gives_no_place(text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 3)).location is None


def test_a_city_state_dateline_stays() -> None:
    text = (
        "SINGAPORE, May 2 (ANA) -- Prime Minister Tomas Brandt received on Thursday the Ambassador of Kessel Ana "
        "Lind. They discussed bilateral cooperation."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 3)).location == "SINGAPORE"
