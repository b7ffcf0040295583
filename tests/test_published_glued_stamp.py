"""A page's stamp whose spaces the copy lost: a rubric runs into the day ("Actualidad19 de noviembre de 2025"), or the
headline or a rubric runs into a date that runs into the time or the byline ("… уровне15.04.2016 16:44ВАЛДОРСК",
"Política17/11/2025Anna Berg"). No sentence of a story glues a date to its words so: the date is the publication's.

Every brief and every person here is invented for the test; the countries are invented.
"""

import pytest

import briefparse

GLUED = [
    pytest.param(
        "Se remitió a la Legislatura los cambios en la estructura del Gobierno de Valdoria\n\n"
        "El proyecto reduce la organización administrativa y optimiza el funcionamiento y la coordinación de las "
        "diferentes áreas de gobierno.\n\nActualidad19 de noviembre de 2025\n\n"
        "El Poder Ejecutivo provincial remitió a la Legislatura el proyecto de ley que redefine la estructura "
        "ministerial, proponiendo una organización compuesta por ocho ministerios y una jefatura de gabinete.\n",
        "2025-11-19",
        id="rubric-into-day-in-words",
    ),
    pytest.param(
        "Gobernador Marin recibió al embajador de Norland\n"
        "El ministro dijo que la provincia ya funciona con una estructura compacta.Política17/11/2025Anna Berg\n"
        "Por Aries, el gobernador Paul Marin recibió al embajador de Norland, Jan Ostrik, en la Casa de Gobierno.\n",
        "2025-11-17",
        id="rubric-into-figures-into-byline",
    ),
    pytest.param(
        "В Валдорске прошли переговоры на высшем уровне15.04.2016 16:44ВАЛДОРСК, 15 апреля. /ВАЛДИНФОРМ/. "
        "14 апреля в Валдорию с рабочим визитом прибыл Президент Норландии Ян Острик.\n",
        "2016-04-15",
        id="headline-into-figures-into-time",
    ),
]


@pytest.mark.parametrize(("text", "published"), GLUED)
def test_a_glued_stamp_dates_the_page(text, published):
    assert briefparse.parse(text).published == published
