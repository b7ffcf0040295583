"""A letter's or a release's dateline alone on its line, closed by a full stop ("Lima, 9 de mayo del 2019.",
"Paris, le 21 mars 2007."), dates the page: it is its publication date.

The briefs are written for this test (invented people, real places).
"""

import pytest

import briefparse

SPANISH_CLOSING = (
    "El Ministerio de Relaciones Exteriores informa que el señor Presidente de la República, Tomás Quispe, ha "
    "expresado su solidaridad al Gobierno de Bolivia por las víctimas de las inundaciones.\n"
    "El Gobierno reitera su disposición a prestar toda la ayuda necesaria.\n"
    "Lima, 9 de mayo del 2019.\n"
)
FRENCH_LETTERHEAD = (
    "Lettre de condoléances du Président de la République\n\n"
    "Paris, le 21 mars 2007.\n\n"
    "Monsieur le Président,\n\n"
    "C'est avec émotion que j'ai appris l'accident qui a coûté la vie à plusieurs de vos compatriotes.\n\n"
    "Jean Morel\n"
)
SPANISH_REGION = (
    "Firman convenio de hermanamiento\n\n"
    "Zamora, Mich. 14 de marzo del 2022.\n\n"
    "El presidente municipal, Rubén Tapia, firmó este lunes un convenio de hermanamiento con la ciudad de Laredo.\n"
)


@pytest.mark.parametrize(
    ("text", "day"),
    [(SPANISH_CLOSING, "2019-05-09"), (FRENCH_LETTERHEAD, "2007-03-21"), (SPANISH_REGION, "2022-03-14")],
)
def test_a_place_and_a_full_date_closed_by_a_stop_alone_on_their_line_date_the_page(text: str, day: str) -> None:
    assert briefparse.parse(text).published == day


def test_a_sentence_ending_on_a_full_date_is_no_dateline() -> None:
    text = (
        "Visita oficial\n\n"
        "El canciller Tomás Quispe llegó a Quito para reunirse con su homólogo el 9 de mayo del 2019.\n"
    )
    assert briefparse.parse(text).published is None
