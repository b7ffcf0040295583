"""Who signed a press document is where the news comes from, a person or an office though it be: "à la faveur
d'un communiqué signé ce 12 mars par le ministre de la Communication", "l'intégralité du communiqué signé Paul
Etoga, secrétaire général"; a signature of two parties on an accord is no source.

Every brief here is invented for the test.
"""

import pytest

from briefparse import parse

LEAD = "Le gouvernement de Norlande condamne le coup de force au Valdor. "


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            LEAD
            + "C’est à la faveur d’un communiqué signé ce 12 mars par le ministre de la Communication, Paul Etoga.\n",
            "ministre de la Communication",
        ),
        (
            "Le président Luc Abena a décidé de libérer quarante détenus. Lisez l’intégralité du communiqué signé "
            "Paul Etoga, secrétaire général de la présidence.\n",
            "Paul Etoga",
        ),
    ],
)
def test_the_signatory_of_a_press_document_is_the_source(text, source):
    assert parse(text, reference_date="2023-03-12").source.name == source


def test_an_accord_signed_by_two_ministers_names_no_source():
    text = (
        "Le ministre norlandais Paul Etoga a reçu lundi son homologue du Valdor, Jan Lind. Les deux ministres ont "
        "signé par la suite un accord de coopération.\n"
    )
    assert parse(text, reference_date="2023-03-12").source is None
