"""A headline written as a whole sentence closed by its stop, with no date stamp under it: the paragraph under it,
twice as long at least, restates most of its words, and the line itself has no comma, figure or day, unlike a lead
sentence that tells when and whom in apposition.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse

HEADLINE = "El gobernador se reunió con alcaldes del norte de Valdoria para analizar las necesidades de sus pueblos."
LEAD = (
    "Con el fin de analizar las necesidades que afectan a los municipios del norte de Valdoria, el gobernador Paul "
    "Marin se reunió con los alcaldes que forman parte de la asociación de municipios de la región."
)
FOLLOWING = (
    "El gobernador reconoció que hay dificultades, pero destacó la importancia del encuentro para trazar una hoja "
    "de ruta con el gobierno nacional."
)


def test_a_sentence_headline_restated_by_the_lead_is_the_headline():
    text = f"{HEADLINE}\n\n{LEAD}\n\n{FOLLOWING}\n"
    assert briefparse.parse(text).title == HEADLINE


def test_a_lead_sentence_that_tells_the_day_is_no_headline():
    lead = "El gobernador Paul Marin se reunió este lunes con alcaldes del norte de Valdoria en la sede del gobierno."
    text = f"{lead}\n\n{LEAD}\n\n{FOLLOWING}\n"
    assert briefparse.parse(text).title is None
