"""A building or a site that a verb of a visit made takes as its object, an article maybe between, is where the
visitors were: the place is that venue, without the city the sentence goes on to name; a later stop of the programme
is not (briefs written for these tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Ministerin Anna Kessel zu Gast in Dornau\n\nMinisterin Anna Kessel besuchte gemeinsam mit dem "
            "varnischen Botschafter in Lisse, Dr. Piet Varga, am Donnerstag die Villa Europa in Dornau. Sie sprach "
            "dort mit Auszubildenden über berufliche Bildung.",
            "Villa Europa",
        ),
        (
            "Ministerpräsident besucht Landhaus\n\nDer varnische Ministerpräsident Jan Lind besuchte am Montag das "
            "Landhaus in Dornau und trug sich in das Gästebuch ein.",
            "Landhaus",
        ),
        (
            "Alcaldes de Varnia visitan el Ayuntamiento de Kessel\n\nUn grupo de alcaldes de Varnia visitaron hoy el "
            "Ayuntamiento de Kessel, donde fueron recibidos por el alcalde Juan Pérez.",
            "Ayuntamiento de Kessel",
        ),
        (
            "Des élus varnois reçus à Lisse\n\nDes élus de Varnie, conduits par Jean Durand, ont visité le Palais du "
            "Gouvernement à Lisse mercredi.",
            "Palais du Gouvernement",
        ),
    ],
    ids=["de-long-middle-field", "de-weekday-before-article", "es-town-hall", "fr-palace"],
)
def test_the_visited_site_is_the_place(text: str, venue: str) -> None:
    location = briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location
    assert location == venue


def test_a_later_stop_is_not_the_visited_site() -> None:
    text = (
        "Kessel und Lind unterzeichnen Erklärung\n\nDie Minister Anna Kessel und Jan Lind haben am Montag eine "
        "Absichtserklärung unterzeichnet. Die Delegation besuchte anschließend das Lindhaus."
    )
    location = briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location
    assert location != "Lindhaus"


def test_a_word_that_opens_with_the_verb_is_no_visit() -> None:
    text = (
        "Lind recibe a Kessel en el Palacio Varnio\n\nEl presidente Jan Lind recibió ayer a la presidenta Anna Kessel "
        "en el Palacio Varnio. Lind mostró a la visitante pinturas de la colección de la Casa Dornau."
    )
    location = briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location
    assert location == "Palacio Varnio"
