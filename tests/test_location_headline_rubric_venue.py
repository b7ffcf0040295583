"""A headline that opens with a building's name as its rubric ("Palais de la présidence : …") files the news from
that building: it is the place, over a residence or a museum the body names; a one-word institution's label
("Primature : …") or a city's name is no such rubric (briefs written for these tests, invented names)."""

from __future__ import annotations

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Palais de la Marina Le Président Paul Kessel reçoit en audience le maire Jean Varno\n\n"
            "Le maire de Dornau, Jean Varno, a été reçu ce lundi 20 septembre 2021 par le Président Paul Kessel.\n",
            "Palais de la Marina",
        ),
        (
            "Palais de la présidence : Kessel a reçu deux ambassadeurs hier\n\n"
            "Le président Paul Kessel a reçu hier l'ambassadeur de Varnie, Jean Varno, à sa résidence.\n",
            "Palais de la présidence",
        ),
        (
            "Palais d’Orvano - Le Président Paul Kessel reçoit deux ambassadeurs\n\n"
            "Le Président Paul Kessel a reçu en audience, hier, l’ambassadeur de Maurice, Jean Varno.\n",
            "Palais d’Orvano",
        ),
    ],
)
def test_building_opening_the_headline_is_the_place(text: str, venue: str) -> None:
    assert briefparse.parse(text).location == venue


@pytest.mark.parametrize(
    "text",
    [
        "Primature : le Premier ministre reçoit une délégation\n\n"
        "Une délégation a été reçue ce mercredi par le Chef du Gouvernement, Paul Kessel.\n",
        "Dornau : Paul Kessel a rencontré Jean Varno\n\n"
        "Le maire de Dornau, Jean Varno, a rencontré le président Paul Kessel ce vendredi.\n",
    ],
)
def test_label_or_city_opening_the_headline_is_no_venue(text: str) -> None:
    location = briefparse.parse(text).location
    assert location is None or not location.startswith(("Primature", "Palais"))
