"""A preposition of origin that tells since when, not where from (briefs written for these tests)."""

from __future__ import annotations

import briefparse


def _location(sentence: str) -> str | None:
    text = (
        "Perú y Bolivia revisan sus relaciones\n"
        "Lima, 5 sep.- Los Gobiernos de Perú y de Bolivia realizan hoy un encuentro de alto nivel.\n"
        f"Las delegaciones, presididas por los cancilleres Ana Ortega Ruiz y Luis Varga Soto, {sentence}, sede de la "
        "Cancillería peruana.\n"
    )
    return briefparse.parse(text).location


def test_a_clock_time_after_desde_leaves_the_venue_after_it_the_events():
    assert _location("se reúnen desde las 10 de la mañana en el Palacio de San Lorenzo") == "Palacio de San Lorenzo"


def test_a_part_of_the_day_after_desde_does_too():
    assert _location("se encuentran desde la mañana en el Palacio de San Lorenzo") == "Palacio de San Lorenzo"
