"""A venue set off by a comma before a relative adverb of place whose clause tells the event ("al Palacio …, donde
se celebrará el encuentro", "le palais de la Nation, où il a reçu …", "zum Schloss Norburg, wo das Treffen
stattfand"): the event's place, whatever preposition leads to it.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "El vicepresidente de Norland, Paul Marin, será trasladado hoy al Palacio Nacional de la Cultura, donde "
            "se celebrará el encuentro con los presidentes de la región.",
            "Palacio Nacional de la Cultura",
        ),
        (
            "Le président valdorien Paul Marin a rejoint lundi le palais de la Nation, où il a reçu en audience le "
            "ministre norlandais des Affaires étrangères, Pierre Lagos.",
            "palais de la Nation",
        ),
        (
            "Der valdorische Präsident Paul Marin fuhr am Montag zum Schloss Norburg, wo das Treffen mit dem "
            "norländischen Außenminister Peter Lagos stattfand.",
            "Schloss Norburg",
        ),
    ],
    ids=["es-donde", "fr-ou", "de-wo"],
)
def test_a_venue_before_a_relative_of_place_that_tells_the_event_is_its_place(text, venue):
    assert briefparse.parse(text).location == venue


def test_a_place_whose_relative_clause_tells_no_event_is_not_read():
    text = (
        "Le président valdorien Paul Marin a reçu lundi le ministre norlandais Pierre Lagos. Celui-ci venait du "
        "palais de la Nation, où il avait déposé une gerbe."
    )
    assert briefparse.parse(text).location != "palais de la Nation"
