"""A statement about an incident names the incident's place, not its own (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "President Paul Marin on Saturday sent condolences to President Ana Lind following the shooting at the Kessel "
        "Concert Hall.",
        "President Paul Marin on Saturday extended condolences to President Ana Lind, in the wake of yesterday's "
        "terrorist shootings at the Kessel Concert Hall.",
        "President Paul Marin on Saturday sent condolences to President Ana Lind after the stampede at the Kessel "
        "Concert Hall.",
    ],
    ids=["shooting", "shootings-adjective", "stampede"],
)
def test_the_venue_of_an_incident_is_no_place_of_the_condolences(text):
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 16))
    assert brief.event_type == "statement"
    assert brief.location is None


def test_a_meeting_at_a_venue_keeps_it():
    text = "President Paul Marin received President Ana Lind at the Kessel Concert Hall on Saturday."
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).location == "Kessel Concert Hall"


@pytest.mark.parametrize("verb", ["took place", "was held"])
def test_an_incident_held_somewhere_is_no_place_of_the_condemnation(verb):
    text = (
        "Norland condemns Valmora attack\n\n"
        "Norland Foreign Ministry Spokesman Arno Vell strongly condemned an attack on a tourist bus in Valmora.\n\n"
        "Vell expressed condolences to the families of the victims.\n\n"
        f"The bombing {verb} in the Kessel region near Valmora, killing four people."
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "statement"
    assert brief.location is None


def test_a_ceremony_held_somewhere_places_the_statement():
    text = (
        "Norland minister praises volunteers\n\n"
        "Norland Foreign Minister Arno Vell praised the country's volunteers on Monday.\n\n"
        "The ceremony took place at the Kessel Concert Hall, where Vell said the volunteers were an example."
    )
    assert briefparse.parse(text).location == "Kessel Concert Hall"
