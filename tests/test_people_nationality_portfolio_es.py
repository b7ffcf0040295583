"""A role whose nationality adjective stands between its noun and its portfolio ("el ministro cubano de Comercio
Exterior e Inversión Extranjera, X", "la ministra española de Salud Pública, Y"): the portfolio's capitalised words
are the office's, not a person, and the whole role is the holder's.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "El canciller Paulo Andrade se reunió con el ministro cubano de Comercio Exterior e Inversión "
            "Extranjera, Tomás Ekberg Lund, en La Habana.",
            "Tomás Ekberg Lund",
            "ministro cubano de Comercio Exterior e Inversión Extranjera",
        ),
        (
            "El canciller Paulo Andrade se reunió con la ministra española de Salud Pública, Ana Ekberg Lund.",
            "Ana Ekberg Lund",
            "ministra española de Salud Pública",
        ),
    ],
)
def test_es_portfolio_past_a_nationality_is_the_holders_role(text: str, name: str, role: str) -> None:
    people = briefparse.parse(text, reference_date=dt.date(2023, 5, 10)).participants
    assert {p.name: p.role for p in people}.get(name) == role
    assert all(p.name for p in people)  # no portfolio read as a person, nor left as a nameless holder
