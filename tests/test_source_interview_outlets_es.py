"""Spanish: an outlet one speaks to, after "en una entrevista con" or "en declaraciones a", is the source, also when
its name ends with "Tv" in title case. Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse

BRIEF = (
    "Valdoria y Norland acercan posiciones\n\n"
    "El canciller de Valdoria, Paul Marin, anunció que viajará a Norland la próxima semana para reunirse con su "
    'homólogo Pedro Albán. "Vamos a firmar varios acuerdos", dijo Marin {link}.\n'
)


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("en una entrevista con Valdoria Tv", "Valdoria Tv"),
        ("en declaraciones a Radio Nacional", "Radio Nacional"),
    ],
)
def test_outlet_spoken_to(link: str, expected: str) -> None:
    source = briefparse.parse(BRIEF.format(link=link), reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == expected
