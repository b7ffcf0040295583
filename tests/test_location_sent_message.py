"""A message or a letter sent to its addressee, or a greeting addressed to a person ("X felicita a Y"), has no place:
the dateline above it is where the news was filed, and the places its text names are those of what it speaks of
(briefs written for these tests, invented names); a statement issued under a dateline keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Valdorian president sends condolences to Kessel\n\nMARLOW -- Valdorian President Tomas Brandt sent on "
        "Tuesday a letter of condolences to his Kessel counterpart Ana Lind over the floods.",
        "ALGER — Le président de la République, M. Paul Marin, a adressé, jeudi, un message de félicitations à M. "
        "Jean Lind, à l'occasion de son élection.",
        "MARLOW, May 4 (VNA) – President Tomas Brandt has sent a congratulatory cable to Ana Lind on her "
        "re-election as President of Kessel.",
        "Тирасполь, 3 мая. /ИА «Вестник»/. Глава МИД Валдории Пётр Ланин направил соболезнования министру "
        "иностранных дел Кесселя Анне Линд в связи с наводнением.",
        "Мэр выразил соболезнования в связи с крушением поезда\n\nМосква. 14 марта. - Мэр Игорь Белов выразил "
        "соболезнования губернатору Антону Лискову в связи с крушением поезда, говорится в телеграмме.",
        "Минск, 9 июня. /ИА «Вестник»/. Президент Валдории Пётр Ланин направил соболезнование Президенту Кесселя "
        "Анне Линд в связи с последствиями наводнения.",
    ],
    ids=["letter-en", "message-fr-commas", "cable-en", "condolences-ru", "condolences-expressed-ru",
         "condolence-singular-ru"],
)
def test_a_sent_message_takes_no_dateline(text: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 16))
    assert brief.event_type == "statement"
    assert brief.location is None


@pytest.mark.parametrize(
    "text",
    [
        "Marin felicita a Lind por su elección en Kessel\n\nCaracas.- El presidente Paul Marin felicitó a Jean "
        "Lind como nuevo presidente de Kessel, tras su victoria en las elecciones del domingo.",
        "Le président kesselois félicite le président de la République pour sa réélection\n\nMARLOW – Le président "
        "de la République, M. Paul Marin, a reçu un message de félicitations du président de Kessel, M. Jean Lind.",
    ],
    ids=["congratulated-es", "congratulates-title-fr"],
)
def test_a_greeting_addressed_to_a_person_takes_no_dateline(text: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 16))
    assert brief.event_type == "statement"
    assert brief.location is None


@pytest.mark.parametrize(
    "text",
    [
        "President congratulates the President-elect of Portugal\n\nThe President of the Republic addressed a "
        "congratulatory message to the President-elect of Portugal, Ana Lind.\n\n\"I recall with great pleasure the "
        "State Visit I had the honour to make in Portugal, in 2019,\" President Tomas Brandt wrote.",
        "Brandt congratulates Lind\n\nChief Minister Tomas Brandt on Monday congratulated Ana Lind on assuming "
        "office as the President of Kessel. Chief Justice Paul Marin administered the oath of office to Lind in the "
        "Central Hall of Parliament.",
    ],
    ids=["past-visit-in-message-en", "ceremony-congratulated-on-en"],
)
def test_the_places_a_sent_message_speaks_of_are_not_its_own(text: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 16))
    assert brief.event_type == "statement"
    assert brief.location is None


def test_a_statement_issued_under_a_dateline_keeps_it() -> None:
    text = (
        "MARLOW, March 15 -- The Foreign Ministry of Valdoria on Friday strongly condemned the attack on a market "
        "in Kessel, a statement said."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).location == "MARLOW"
