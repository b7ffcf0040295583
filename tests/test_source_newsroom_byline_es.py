"""Source: a byline that sets the newsroom apart from what it is the newsroom of ("Autor: Redacción / X", "Por:
Redacción / X | Publicado: …") names the outlet X, whatever its words, and the outlet ends at the bar before the
line's date.

Every brief, outlet and person here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize("label", ["Autor:", "Por:"])
def test_the_outlet_after_its_newsroom_is_the_source(label):
    text = (
        "Marin se reúne con jefes de Estado en el Palacio\n\n"
        f"{label} Redacción / Nueve Puntos | Publicado: 1 de Octubre de 2024 a las 17:01:06\n\n"
        "Ciudad de Valdoria, a 1 de octubre de 2024.- Tras rendir protesta, el presidente de Valdoria, Paul Marin, "
        "se reunió con los jefes de Estado en el Palacio Nacional.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 10, 1))
    assert brief.source is not None
    assert brief.source.name == "Nueve Puntos"
