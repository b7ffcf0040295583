"""Spanish cues of making known: a passive's agent in either number ("fue dada a conocer por la Presidencia",
"fueron comunicados por el Ministerio") and "hizo saber" after its clause. Every brief here is invented."""

import datetime as dt

import pytest

import briefparse

LEAD = (
    "Valdoria y Norland firman acuerdo\n\n"
    "El presidente de Valdoria, Paul Marin, recibió este lunes al primer ministro de Norland, Pedro Albán"
)


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        (". La información fue dada a conocer por la Presidencia de Valdoria.\n", "Presidencia de Valdoria"),
        (". Los detalles fueron comunicados por el Ministerio de Energía.\n", "Ministerio de Energía"),
        (", hizo saber la Cancillería.\n", "Cancillería"),
    ],
)
def test_made_known_by(rest: str, expected: str) -> None:
    source = briefparse.parse(LEAD + rest, reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == expected
