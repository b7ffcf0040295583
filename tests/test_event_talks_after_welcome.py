"""Talks that open with an official welcome are the talks; a reception with one is the guest's arrival (briefs
written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


@pytest.mark.parametrize(
    "text",
    [
        "Марин и Марлоу начали переговоры в Кесселе с официальной церемонии встречи\n\nПрезидент Валдории Пауль "
        "Марин и глава Норландии Инес Марлоу начали переговоры в Кесселе с официальной церемонии встречи.",
        "Marin and Marlow hold talks in Kessel after an official welcome\n\nValdoran President Paul Marin and "
        "Norland's President Ines Marlow held talks in Kessel on Tuesday after an official welcome ceremony.",
    ],
    ids=["ru", "en"],
)
def test_talks_that_open_with_an_official_welcome_are_a_meeting(text):
    assert event_type(text) == "meeting"


def test_a_reception_with_military_honours_is_the_arrival():
    text = (
        "Marin receives Marlow with military honours\n\nValdoran President Paul Marin received Norland's President "
        "Ines Marlow with military honours in Kessel on Tuesday."
    )
    assert event_type(text) == "visit"


@pytest.mark.parametrize(
    "text",
    [
        "Valdoran President Paul Marin received Norland's President Ines Marlow with military honours at the Kessel "
        "Palace on Tuesday.",
        "Le président Ines Marlow a été reçu avec les honneurs au palais de la République par son homologue Paul "
        "Marin.",
        "Der Präsident Ines Marlow ist von Bundespräsident Paul Marin im Schloss Kessel mit militärischen Ehren "
        "empfangen worden.",
        "El presidente Paul Marin ha sido recibido con honores por su homólogo Ines Marlow en el Palacio de Kessel.",
    ],
    ids=["en", "fr", "de", "es"],
)
def test_a_reception_with_honours_at_a_named_building_is_still_the_arrival(text: str) -> None:
    # honours are a state guest's welcome whatever the hall: the corpus's five briefs with honours are all visits
    assert event_type(text) == "visit"
