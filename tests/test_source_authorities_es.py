"""Spanish "autoridades" is a source noun, as French "autorités" is, and "lo informaron" a cue as "lo informó" is
("Así lo informaron las autoridades de X"). Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse

BRIEF = (
    "Valdoria y Norland firman acuerdo\n\n"
    "El presidente de Valdoria, Paul Marin, recibió este lunes al primer ministro de Norland, Pedro Albán, en el "
    "palacio presidencial{cue}. Ambos firmaron un acuerdo de cooperación en materia de energía.\n"
)


@pytest.mark.parametrize(
    "cue",
    [
        ". Así lo informaron las autoridades de Valdoria",
        ", informaron las autoridades de Valdoria",
        ", según explicaron las autoridades de Valdoria",
    ],
)
def test_authorities_are_a_source(cue: str) -> None:
    source = briefparse.parse(BRIEF.format(cue=cue), reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == "autoridades de Valdoria"
