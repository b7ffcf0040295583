"""A workshop, a seminar or a webinar is a working gathering of many participants: a conference, not the statement
its speeches make nor a meeting (French and English briefs written for these tests, invented people, real places).
A first stone written with an abbreviated ordinal ("la 1ère pierre") is the ceremony of opening it names: 'other'."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Il s'organise à Kara un atelier de validation du plan national de formation. A l'ouverture des travaux, le "
        "directeur de cabinet, Jean Kodro, a remercié les partenaires.",
        "La cérémonie d'ouverture de l'atelier de renforcement des capacités des maires a été présidée mardi à "
        "Sokodé par le préfet Ana Lindqvist.",
        "Le ministre Paul Marin a ouvert mardi à Dapaong les travaux du séminaire de formation des cadres de son "
        "département. « Ce séminaire doit nous outiller », a-t-il déclaré.",
        "Ambassador Jon Halvorsen opened a webinar on trade with forty exporters on Tuesday in London. "
        "\"This is a first step,\" he said.",
        "Minister Ana Lindqvist opened a two-day workshop on water management in Nairobi on Tuesday.",
    ],
    ids=["atelier", "ouverture-de-l-atelier", "seminaire", "webinar", "workshop"],
)
def test_a_workshop_or_seminar_is_a_conference(text):
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "conference"


def test_a_visit_to_a_workshop_stays_a_visit():
    text = (
        "Le ministre Paul Marin a visité mardi à Kara l'atelier de couture de la coopérative des femmes, en présence "
        "du préfet Ana Lindqvist."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "visit"


def test_a_first_stone_with_an_abbreviated_ordinal_is_other():
    text = (
        "Le président Paul Marin a procédé mardi à la pose de la 1ère pierre du futur stade de Kara, en présence du "
        "ministre des Sports, Jean Kodro."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "other"
