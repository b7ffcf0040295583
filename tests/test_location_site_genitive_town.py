"""A ceremony or a visit whose brief names no place by a preposition is placed in the town the thing it acts on
stands in, by a genitive in the clause after the event's word ("a posé la première pierre du stade de Kara"): a city
the gazetteer knows, not a country, and never over a place a preposition names (French briefs written for these
tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Le président Paul Marin a posé mardi la première pierre du futur stade de Kara, en présence du ministre "
            "des Sports, Jean Kodro.",
            "Kara",
        ),
        (
            "Accompagné du ministre Jean Kodro, le président Paul Marin a procédé mardi à la pose de la 1ère pierre du "
            "Grand Hôtel de Sokodé. L'ouvrage comptera trois cents chambres.",
            "Sokodé",
        ),
        (
            "La ministre du Commerce, Ana Lindqvist, a présidé mardi la cérémonie d'inauguration du nouveau marché "
            "central de Dapaong, construit en dix-huit mois.",
            "Dapaong",
        ),
    ],
    ids=["first-stone", "abbreviated-first-stone", "inauguration"],
)
def test_the_town_of_the_site_a_ceremony_or_visit_acts_on(text, town):
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).location == town


def test_a_country_in_the_genitive_places_nothing():
    text = (
        "Le ministre Paul Marin a posé mardi la première pierre du nouveau siège de l'ambassade de France, en présence "
        "de l'ambassadeur Jean Kodro."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).location is None


def test_a_place_named_by_a_preposition_comes_first():
    text = (
        "Le président Paul Marin a posé mardi à Dapaong la première pierre du marché de Kara, un projet conduit par "
        "la commune de Dapaong."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).location == "Dapaong"
