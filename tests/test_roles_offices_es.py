"""Spanish roles of Latin American regional and local offices and of deputies' ranks ("intendente", "intendenta",
"viceprimer ministro"): the role before the name is the person's, whole. A plural role that names a portfolio before
the countries it shares out ("los viceministros de Relaciones Exteriores de Perú y de Colombia, X y Y"): each holder
takes the portfolio with their own country, in order.

Every brief and every person here is invented for the test; the places are real.
"""

import datetime as dt

import pytest

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    parsed = briefparse.parse(text, reference_date=dt.date(2023, 5, 10))
    return {p.name: p.role for p in parsed.participants}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "El intendente de Maldonado, Paulo Andrade Ruiz, recibió este jueves al embajador de Norland, Tomás "
            "Ekberg, en el edificio comunal.",
            "Paulo Andrade Ruiz",
            "intendente de Maldonado",
        ),
        (
            "La intendenta de Canelones, Marta Valdés Roig, recibió al alcalde de Valdoria, Tomás Ekberg.",
            "Marta Valdés Roig",
            "intendenta de Canelones",
        ),
        (
            "El presidente Paulo Andrade se reunió con el viceprimer ministro de Norland, Tomás Ekberg Lund, en "
            "Montevideo.",
            "Tomás Ekberg Lund",
            "viceprimer ministro de Norland",
        ),
    ],
)
def test_es_local_and_deputy_offices_are_roles(text: str, name: str, role: str) -> None:
    assert roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Los viceministros de Relaciones Exteriores de Perú y de Colombia, Paulo Andrade Ruiz y Tomás Ekberg "
            "Lund, se reunieron en Lima para evaluar la relación bilateral.",
            "viceministro de Relaciones Exteriores de Perú",
            "viceministro de Relaciones Exteriores de Colombia",
        ),
        (
            "Los ministros de Defensa de Chile y Argentina, Paulo Andrade Ruiz y Tomás Ekberg Lund, se reunieron "
            "en Santiago.",
            "ministro de Defensa de Chile",
            "ministro de Defensa de Argentina",
        ),
    ],
)
def test_es_portfolio_and_countries_shared_out_in_order(text: str, first: str, second: str) -> None:
    found = roles(text)
    assert (found.get("Paulo Andrade Ruiz"), found.get("Tomás Ekberg Lund")) == (first, second)


def test_es_countries_alone_still_shared_out():
    text = "Los presidentes de Perú y de Colombia, Paulo Andrade Ruiz y Tomás Ekberg Lund, se reunieron en Lima."
    found = roles(text)
    assert (found.get("Paulo Andrade Ruiz"), found.get("Tomás Ekberg Lund")) == (
        "presidente de Perú",
        "presidente de Colombia",
    )
