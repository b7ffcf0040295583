"""A first stone laid, works launched and a wreath laid are ceremonies (of opening, of homage), neither a statement
nor a meeting: 'other' (French briefs written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Le président Paul Marin a posé mardi à Kaya la première pierre d'un hôpital régional. L'établissement "
        "comptera deux cents lits, a précisé le ministre de la Santé, Jean Kodro.",
        "Une cérémonie marquant la pose de la première pierre du futur marché central a eu lieu mardi à Dapaong, "
        "sous la présidence du ministre du Commerce, Ana Lindqvist.",
        "Le Premier ministre Jean Kodro a lancé les travaux de construction de la route Kara-Kandé, mardi à Kara. "
        "« Cette route désenclavera toute la région », a-t-il déclaré.",
        "La cérémonie de lancement des travaux du nouveau port de pêche s'est déroulée mardi à Sokodé en présence du "
        "ministre Ana Lindqvist.",
    ],
    ids=["a-pose-la-premiere-pierre", "pose-de-la-premiere-pierre", "a-lance-les-travaux", "lancement-des-travaux"],
)
def test_a_building_site_opened_is_other(text):
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Le président Paul Marin a déposé mardi une gerbe de fleurs au monument aux morts de Kaya, en présence des "
        "membres du gouvernement.",
        "Le ministre Ana Lindqvist a présidé mardi la cérémonie de dépôt de gerbe au mémorial des soldats, à Kara.",
    ],
    ids=["a-depose-une-gerbe", "depot-de-gerbe"],
)
def test_a_wreath_laid_is_other(text):
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "other"


def test_talks_after_a_wreath_laid_stay_a_meeting():
    text = (
        "Le président valdorien Paul Marin s'est entretenu mardi à Kessel avec son homologue norlandais Jon "
        "Halvorsen. Plus tôt, il avait déposé une gerbe au monument de l'Indépendance."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "meeting"
