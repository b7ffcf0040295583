"""Awards, returns home and the places they name (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12))


def place(text: str) -> str | None:
    return parse(text).location


@pytest.mark.parametrize(
    "text",
    [
        "Valdoria's envoy receives Lake Union peace award\n\nAmbassador Ana Lindqvist received the Lake Union "
        "Peace Award from Foreign Minister Paul Marin on Tuesday in Kessel.",
        "Norland honours its diplomats\n\nTwelve diplomats of the Norland foreign ministry were honoured on Tuesday at "
        "an awards ceremony held in Kessel.",
        "Des diplomates valdoriens décorés\n\nDouze diplomates du ministère valdorien des Affaires étrangères ont été "
        "élevés au grade de chevalier de l'Ordre du Lac, mardi à Kessel.",
        "La ministre Ana Lindqvist a reçu la médaille de l'Ordre du Lac des mains du président Paul Marin, mardi à "
        "Kessel.",
    ],
    ids=["en-received-award", "en-awards-ceremony", "fr-eleves-au-grade", "fr-recu-la-medaille"],
)
def test_an_honour_conferred_is_other_than_a_meeting(text):
    assert parse(text).event_type == "other"


def test_an_award_ceremony_named_in_the_headline_is_the_event_and_no_place():
    headline = "Twelve diplomats honoured in Grand Awards Ceremony"
    lead = "Twelve diplomats of the Norland foreign ministry were honoured on Tuesday at an awards ceremony."
    brief = parse(f"{headline}\n\n{lead}")
    assert (brief.event_type, brief.location) == ("other", None)


@pytest.mark.parametrize(
    "text",
    [
        "Retour du président Marin\n\nLe président valdorien, Paul Marin, a regagné, dimanche, Ostrava, au terme "
        "d'une visite privée de dix jours à Genève.",
        "Le président Paul Marin a regagné mardi après-midi (vers 14h30) Ostrava après deux semaines de soins à "
        "Genève.",
    ],
    ids=["commas", "time-in-brackets"],
)
def test_a_return_takes_the_place_it_reaches(text):
    assert place(text) == "Ostrava"


def test_a_headline_in_capitals_arriving_in_a_country_is_a_visit():
    text = (
        "Valdorian President Arrives In Ghana For First Overseas Visit After Assuming Office\n\nValdorian President "
        "Paul Marin arrived in Accra on Sunday for a three-day visit to Ghana.\n\n\"Warm welcome!\" President Marin "
        "was received by Minister Ana Lindqvist as he arrived in Accra, the ministry said in a post."
    )
    assert parse(text).event_type == "visit"


@pytest.mark.parametrize(
    "text",
    [
        "La présidente valmorane Ines Marlow a quitté Ostrava mardi matin, accompagnée de son ministre Paul Marin. "
        "Elle prendra part jeudi à la Conférence du Lac.",
        "Valmoran President Ines Marlow departed Ostrava on Tuesday morning with her foreign minister Paul Marin. She "
        "will attend the Lake Conference on Thursday.",
        "Conférence du Lac : la présidente Ines Marlow a quitté Ostrava pour Brno\n\nLa présidente valmorane Ines "
        "Marlow a quitté mardi Ostrava à destination de Brno. Elle y prendra part à la Conférence du Lac.",
        "Le président valdorien, Paul Marin, a regagné mardi après-midi Ostrava après deux semaines de soins à "
        "Genève.",
        "Le président Paul Marin est rentré, mardi en fin de journée, au pays après deux semaines de soins à Genève.",
        "Après quelques jours de congé, le président Paul Marin rentre aujourd'hui à Kessel. Ce, après un périple "
        "en France où il a pris part à la réunion du groupe.",
    ],
    ids=["fr-a-quitte", "en-departed", "fr-label-before-the-colon", "fr-a-regagne", "fr-est-rentre", "fr-rentre"],
)
def test_leaving_a_city_or_returning_home_is_the_journey(text):
    assert parse(text).event_type == "visit"


def test_leaving_an_office_is_no_journey():
    text = "Le ministre valmoran Paul Marin a quitté ses fonctions mardi, a annoncé la présidence à Ostrava."
    assert parse(text).event_type != "visit"


def test_a_minister_who_was_in_a_city_this_week_made_a_visit():
    text = (
        "Lake cooperation stronger than ever\n\nOur Fisheries Minister, Paul Marin, was in Ostrava and Brno this week. "
        "He had a series of meetings with the ministerial team of Valmora, and met a broad range of officials."
    )
    assert parse(text).event_type == "visit"


def test_a_policy_in_line_with_a_plan_is_no_stay():
    text = "The minister Paul Marin said on Tuesday that the new fisheries policy was in line with the Lake Plan."
    assert parse(text).event_type == "statement"


def test_a_journey_announced_takes_its_destination_over_the_dateline():
    text = (
        "President Lindqvist to leave for Saudi Arabia\n\nOSTRAVA, March 11 (Lake News) - Spokesman Paul Marin "
        "confirmed that President Ana Lindqvist will leave for Saudi Arabia on Saturday, her first visit abroad."
    )
    assert place(text) == "Saudi Arabia"
