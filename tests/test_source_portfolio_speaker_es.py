"""A participant named with an office whose portfolio is a source's noun ("el ministro de Gobierno de Valdoria,
Paul Marin, afirmó", "la ministra de la Presidencia") is that person speaking, not a body that is the source;
a body that speaks ("informó la Secretaría de Comunicación") still is one.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse

HEAD = "Cambios en el gabinete\n"
PLAN = "la provincia reducirá sus secretarías el próximo año"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (f"En diálogo con Radio Norte, el ministro de Gobierno de Valdoria, Paul Marin, afirmó que {PLAN}.", None),
        (f"En diálogo con Radio Norte, la ministra de la Presidencia, Ana Marin, afirmó que {PLAN}.", None),
        (
            f"El ministro de Gobierno de Valdoria, Paul Marin, presentó el organigrama. Dijo que {PLAN}, informó la "
            "Secretaría de Comunicación.",
            "Secretaría de Comunicación",
        ),
    ],
)
def test_who_speaks_under_an_office_with_a_body_for_portfolio(lead: str, expected: str | None) -> None:
    source = briefparse.parse(HEAD + lead, reference_date=dt.date(2024, 5, 20)).source
    assert (source.name if source else None) == expected
