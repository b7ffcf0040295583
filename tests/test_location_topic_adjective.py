"""Places a brief only talks about: a topic noun with its adjective after it ("la crise politique au Bénin", "la
crisis política en Bolivia") makes the place what was discussed; and a country whose name ends with its capital's
("en Guinée Bissau") is no city of a tour.

The briefs are written for this test (invented people, real countries).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Le président Jean Mbarga a reçu jeudi le ministre Paul Ndiaye pour évoquer la crise politique au Bénin.",
        "El presidente Julio Ramos recibió el jueves al ministro Pablo Ruiz para tratar la crisis política en Bolivia.",
    ],
)
def test_a_topic_with_its_adjective_is_not_the_place(text: str) -> None:
    assert briefparse.parse(text).location is None


def test_a_country_named_after_its_capital_is_no_city() -> None:
    text = "Le président Jean Mbarga s'est rendu jeudi au Sénégal et en Guinée Bissau pour une tournée."
    assert briefparse.parse(text).location == "Sénégal"
