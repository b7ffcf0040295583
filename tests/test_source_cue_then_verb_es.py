"""A cue followed by a verb that puts its subject after it ("según informaron fuentes del ministerio", "según detalló
el Ministerio"): the source is the subject, without the verb. Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse

BRIEF = (
    "Valdoria y Norland firman acuerdo\n\n"
    "El presidente de Valdoria, Paul Marin, recibió este lunes al primer ministro de Norland, Pedro Albán, en el "
    "palacio presidencial, {cue}. Ambos firmaron un acuerdo de cooperación en materia de energía.\n"
)


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("según informaron fuentes del ministerio de Exteriores", "fuentes del ministerio de Exteriores"),
        ("según detalló el Ministerio de Energía", "Ministerio de Energía"),
        ("según indicaron fuentes diplomáticas", "fuentes diplomáticas"),
    ],
)
def test_verb_after_cue_is_not_the_source(cue: str, expected: str) -> None:
    source = briefparse.parse(BRIEF.format(cue=cue), reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == expected
