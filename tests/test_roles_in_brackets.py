"""A role that fills the brackets right after a name ("Ana Gil (secretaria de Finanzas)") is that person's, and the
next name's role does not reach back into the brackets before it; brackets that hold a country or a party give no
role.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def roles(text: str) -> dict[str, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 20))
    return {p.name: p.role for p in brief.participants}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El ministro de Hacienda de Chile, Pedro Soto, se reunió ayer con Ana Gil (economista jefe del banco), "
            "Raúl Pinto (secretario de Finanzas) y Luis Sigal (jefe de Gabinete del ministro).",
            {"Ana Gil": "economista jefe del banco", "Raúl Pinto": "secretario de Finanzas",
             "Luis Sigal": "jefe de Gabinete del ministro"},
        ),
        (
            "Foreign Minister Jan Lind met Ana Gil (Deputy Minister of Trade), Lars Berg (Ambassador of Estonia) and "
            "Eva Tamm in Tallinn.",
            {"Ana Gil": "Deputy Minister of Trade", "Lars Berg": "Ambassador of Estonia", "Eva Tamm": None},
        ),
    ],
)
def test_a_bracketed_role_after_a_name(text, expected):
    found = roles(text)
    assert {name: found.get(name) for name in expected} == expected


def test_brackets_with_a_country_give_no_role():
    found = roles("Foreign Minister Jan Lind met Ana Gil (Estonia) in Tallinn.")
    assert found.get("Ana Gil") is None
