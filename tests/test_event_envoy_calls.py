"""A visit paid by a diplomat posted to the country is a call on its office holders, a meeting; a visit touring a
region stays a visit (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


@pytest.mark.parametrize(
    "text",
    [
        "Antrittsbesuch des valdorischen Botschafters im Rathaus\n\nDer Botschafter Valdoriens, Paul Marin, weilte "
        "heute zum Antrittsbesuch in Kessel. Oberbürgermeisterin Ines Kessler zeigte ihm den Festsaal.",
        "Landtagspräsidentin Ines Kessler hat heute die Botschafterin Valdoriens, Anna Marin, zu einem Besuch im "
        "Landtag empfangen. Nach der Begrüßung ging es um die Beziehungen der beiden Länder.",
        "Ambassador visits the Governor\n\nThe Ambassador of Norway, Paul Marin, paid an inaugural visit to the "
        "Kessel City Hall on Monday, where Governor Ines Kessler showed him the council chamber.",
    ],
)
def test_a_visit_an_envoy_pays_is_a_meeting(text: str) -> None:
    assert event_type(text) == "meeting"


def test_a_visit_touring_a_region_stays_a_visit() -> None:
    text = (
        "Die Botschafterin Norwegens, Anna Marin, hat heute auf Einladung der Regierung den Kanton Graubünden "
        "besucht. Sie besichtigte eine Schule und eine Käserei."
    )
    assert event_type(text) == "visit"


def test_a_ministers_visit_stays_a_visit() -> None:
    text = (
        "Außenminister Paul Marin ist heute zu einem Antrittsbesuch in Warschau eingetroffen. Er traf dort seine "
        "Amtskollegin Ines Kessler."
    )
    assert event_type(text) == "visit"

