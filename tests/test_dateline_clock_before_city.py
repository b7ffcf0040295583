"""A wire's clock time set off by a bar before its dateline ("12:48 | Lima, dic. 15.") still opens a dateline.

The brief is written for this test (invented people, real places).
"""

import briefparse

BRIEF = (
    "Ministra recibe informes de los gobernadores regionales\n"
    "\n"
    "09:15 | {line}\n"
    "\n"
    "La presidenta del Consejo de Ministros, Carmen Ruiz Salas, sostiene una reunión con los gobernadores "
    "regionales para recibir los informes sobre la situación de las carreteras.\n"
    "\n"
    "Según informó la cuenta oficial de la Presidencia del Consejo de Ministros, la reunión busca atender las "
    "demandas de la población.\n"
)


def test_a_clock_time_before_the_city_keeps_the_dateline():
    brief = briefparse.parse(BRIEF.format(line="Quito, mar. 3."))
    assert brief.location == "Quito"


def test_a_clock_time_before_a_line_of_words_is_no_dateline():
    brief = briefparse.parse(BRIEF.format(line="Actualidad política nacional"))
    assert brief.location is None
