"""A funeral and the handing over of an order's insignia are ceremonies, neither a visit nor a statement: 'other'
(French briefs written for these tests, invented people)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Obsèques de Paul Marin : l'hommage des présidents\n\nLes obsèques de l'ancien président valdorien Paul Marin "
        "ont eu lieu mardi à Kessel. Huit chefs d'État ont fait le déplacement dans la capitale. Le président "
        "norlandais Jon Halvorsen a rendu hommage au défunt.",
        "Le ministre des Affaires étrangères Ana Lindqvist a représenté le président aux funérailles de Paul Marin, "
        "mardi à Kessel. Elle a pris part à la cérémonie funéraire aux côtés de plusieurs chefs d'État.",
    ],
    ids=["obseques-deplacement", "funerailles-ceremonie-funeraire"],
)
def test_a_funeral_is_other(text):
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "other"


@pytest.mark.parametrize(
    "text",
    [
        "L'ambassadeur Paul Marin s'est vu remettre les insignes de commandeur de l'ordre national par le ministre de "
        "la Défense Ana Lindqvist, mardi soir à Kessel.",
        "Le ministre Ana Lindqvist a remis les insignes d'officier de l'ordre du Mérite à Paul Marin, mardi à Kessel.",
    ],
    ids=["vu-remettre-les-insignes", "a-remis-les-insignes"],
)
def test_insignia_handed_over_are_other(text):
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "other"


def test_talks_on_the_sidelines_of_a_funeral_stay_a_meeting():
    text = (
        "Le président valdorien Paul Marin s'est entretenu mardi à Kessel avec son homologue norlandais Jon Halvorsen, "
        "en marge des obsèques de l'ancien Premier ministre Eric Stam."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "meeting"
