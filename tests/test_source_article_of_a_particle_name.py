"""A body named by its article and an acronym or a proper name ("La SRE subrayó", "La Moncloa informó") is the
source even when someone taking part bears that article in the particle of their name ("Juan de la Vega"): the
article of the phrase is no word of that name. The name itself still speaks for its bearer ("De la Vega afirmó").

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (  # the ministry by its acronym, the minister's name holding "de la"
            "El canciller Juan Ramón de la Vega sostuvo una reunión este viernes en la Secretaría de Relaciones "
            "Exteriores (SRE) con el embajador de Japón en México, Kenji Sato.\n\nLa SRE subrayó que esta reunión "
            "busca consolidar la cooperación bilateral en áreas como comercio, inversión y diplomacia cultural.",
            "SRE",
        ),
        (  # the seat of a government by its proper name, the visitor's name holding "de la"
            "El canciller de Perú, Marcelo de la Cruz, se reunió este lunes en Madrid con su homólogo español, "
            "Rodrigo Salvatierra. La Moncloa informó que ambos abordaron la agenda bilateral.",
            "Moncloa",
        ),
    ],
)
def test_article_of_a_body_is_not_a_particle_of_a_name(text: str, source: str) -> None:
    brief = parse(text)
    assert brief.source is not None
    assert brief.source.name == source


def test_the_name_with_its_particle_still_speaks_for_its_bearer() -> None:
    brief = parse(
        "El canciller de Perú, Marcelo de la Cruz, se reunió este lunes en Madrid con su homólogo español, "
        "Rodrigo Salvatierra. De la Cruz afirmó que ambos abordaron la agenda bilateral."
    )
    assert brief.source is None
