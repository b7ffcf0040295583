"""A gathering named by its own noun in the title or the lead, and by a plain meeting noun in the next sentences
(briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


@pytest.mark.parametrize(
    "text",
    [
        "Realizarán Gabinete Binacional Valdoria - Norland este jueves en Kessel\n\nEncuentro contará con la "
        "presencia del presidente Paul Marin, anunció el canciller Ines Marlow.\n\nEste lunes se realizarán otras "
        "reuniones para preparar la agenda.",
        "Foreign ministers gathered in Kessel for Norland\n\nA meeting to propose a way out of the Norland crisis "
        "opened this morning in Kessel, with the foreign ministers of twelve countries of the region.\n\nValdoria "
        "had called this meeting in July.",
    ],
    ids=["es", "en"],
)
def test_a_plain_meeting_noun_names_the_gathering_already_named(text):
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    "text",
    [
        "Valdoria hosts the Lake Union summit\n\nOn the sidelines of the Lake Union summit in Kessel, Valdoran "
        "President Paul Marin held a meeting with Norland's Prime Minister Ines Marlow on Tuesday.",
        "В Кесселе началась встреча Марина и Марлоу\n\nГлавы МИД Валдории и Норландии проводят переговоры "
        "параллельно с саммитом Озёрного союза.",
    ],
    ids=["en-with", "ru-pair"],
)
def test_a_meeting_noun_with_its_counterpart_or_its_pair_stays_a_meeting(text):
    assert event_type(text) == "meeting"


def test_a_pairs_meeting_told_before_a_gathering_is_named_stays_a_meeting():
    """"at their meeting" names the pair the sentence tells of; the committee named after it is an earlier occasion."""
    text = (
        "KESSEL — Valdoria values its ties with Norland, Prime Minister Paul Marin told Norland's Foreign Minister "
        "Ines Marlow at their meeting in Kessel on March 11.\n\nThe host leader said both sides would carry out the "
        "agreements reached at the 9th meeting of the Valdoria-Norland Joint Steering Committee."
    )
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "El presidente de Norlandia, Paul Marin, sostuvo este sábado una reunión bilateral con la presidenta electa "
        "de Valdoria, Ines Marlow, en el marco de la cumbre regional celebrada en Kessel.\n\nEl encuentro se llevó "
        "a cabo durante una reunión de alto nivel que congrega a 14 líderes de la región.",
        "Le président de la Norlandie, Paul Marin, a eu samedi une rencontre bilatérale avec la présidente élue de "
        "Valdorie, Ines Marlow, en marge du sommet régional de Kessel.\n\nLa rencontre s'est tenue pendant une "
        "réunion de haut niveau qui rassemble 14 dirigeants de la région.",
    ],
    ids=["es", "fr"],
)
def test_a_meeting_noun_qualified_as_a_pairs_after_it_stays_a_meeting(text):
    """"reunión bilateral" names a pair, as "bilateral meeting" does: the summit it was held at is its occasion."""
    assert event_type(text) == "meeting"
