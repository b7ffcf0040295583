"""A ministry whose portfolio lists items that open with a link ("des Affaires étrangères, de la Coopération
régionale et des Tchadiens de l'extérieur") is one body: its whole name is the source, subject of a verb of
saying or of its stance ("a exprimé son regret").

The briefs are made up for these tests.
"""

import pytest

from briefparse import parse

MINISTRY = "Le Ministère des Affaires étrangères, de la Coopération régionale et des Tchadiens de l’extérieur"


@pytest.mark.parametrize("verb", ["a exprimé son regret face à", "a annoncé lundi la fin de"])
def test_a_ministry_with_linked_portfolio_items_is_the_source(verb):
    text = (
        f"N’Djamena, le 3 mars 2024 – {MINISTRY} {verb} une mission d’observation conduite par "
        "l’organisation Veille Citoyenne à Abéché. Le Ministère rappelle que le Tchad coopère avec ses voisins.\n"
    )
    source = parse(text).source
    assert source is not None
    assert source.name.endswith("Coopération régionale et des Tchadiens de l’extérieur")
