"""A message or a letter sent to its addressee, or a greeting addressed to a person ("X felicita a Y"), is a statement
issued under its dateline, whose city it keeps as any statement does; the places its text names are those of what it
speaks of, and a country over it is a feed's label (briefs written for these tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Valdorian president sends condolences to Kessel\n\nMARLOW -- Valdorian President Tomas Brandt sent on "
         "Tuesday a letter of condolences to his Kessel counterpart Ana Lind over the floods.", "MARLOW"),
        ("ALGER — Le président de la République, M. Paul Marin, a adressé, jeudi, un message de félicitations à M. "
         "Jean Lind, à l'occasion de son élection.", "ALGER"),
        ("MARLOW, May 4 (VNA) – President Tomas Brandt has sent a congratulatory cable to Ana Lind on her "
         "re-election as President of Kessel.", "MARLOW"),
        ("Тирасполь, 3 мая. /ИА «Вестник»/. Глава МИД Валдории Пётр Ланин направил соболезнования министру "
         "иностранных дел Кесселя Анне Линд в связи с наводнением.", "Тирасполь"),
        ("Мэр выразил соболезнования в связи с крушением поезда\n\nМосква. 14 марта. - Мэр Игорь Белов выразил "
         "соболезнования губернатору Антону Лискову в связи с крушением поезда, говорится в телеграмме.", "Москва"),
        ("Минск, 9 июня. /ИА «Вестник»/. Президент Валдории Пётр Ланин направил соболезнование Президенту Кесселя "
         "Анне Линд в связи с последствиями наводнения.", "Минск"),
        ("ХАБАРОВСК, 2 октября, \"Вестник края\" - Губернатор Игорь Белов направил телеграмму губернатору "
         "Антону Лискову со словами соболезнования в связи с крушением поезда.", "ХАБАРОВСК"),
    ],
    ids=["letter-en", "message-fr-commas", "cable-en", "condolences-ru", "condolences-expressed-ru",
         "condolence-singular-ru", "telegram-outlet-in-dateline-ru"],
)
def test_a_sent_message_keeps_its_dateline_city(text: str, city: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 16))
    assert brief.event_type == "statement"
    assert brief.location == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Marin felicita a Lind por su elección en Kessel\n\nCaracas.- El presidente Paul Marin felicitó a Jean "
         "Lind como nuevo presidente de Kessel, tras su victoria en las elecciones del domingo.", "Caracas"),
        ("Le président kesselois félicite le président de la République pour sa réélection\n\nMARLOW – Le président "
         "de la République, M. Paul Marin, a reçu un message de félicitations du président de Kessel, M. Jean Lind.",
         "MARLOW"),
    ],
    ids=["congratulated-es", "congratulates-title-fr"],
)
def test_a_greeting_addressed_to_a_person_keeps_its_dateline_city(text: str, city: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 16))
    assert brief.event_type == "statement"
    assert brief.location == city


def test_a_country_over_a_sent_message_is_no_place() -> None:
    text = (
        "UZBEKISTAN, May 4 - President Tomas Brandt has sent a congratulatory cable to Ana Lind on her re-election "
        "as President of Kessel."
    )
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
