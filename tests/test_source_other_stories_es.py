"""What a page lists under a heading of other stories ("Destacados") below the brief is theirs: the spokesperson a
teaser's summary quotes is no source of the brief, and the people it names take no part.

Every brief and every person here is invented for the test; the countries are real or invented.
"""

import briefparse

TEXT = (
    "Presidenta Ana Ruiz asiste a toma de posesión en Norland\n\n"
    "Tegucigalpa – La presidenta de Valdoria, Ana Ruiz, aterrizó este viernes en Norland para participar en la "
    "ceremonia de toma de posesión del presidente reelecto Luis Soto.\n\n"
    "Ruiz fue recibida por la canciller norlandesa Eva Mora en el aeropuerto internacional.\n\n"
    "Destacados\n\n"
    "Pedro Gil excluye a Valdoria en su primera gira por la región\n\n"
    "La nueva portavoz del Departamento de Estado, Rosa Paz, anunció este jueves el primer viaje internacional de "
    "Pedro Gil como jefe de la diplomacia, una gira que excluye a Valdoria de su itinerario.\n"
)


def test_es_a_teaser_under_a_heading_of_other_stories_is_no_source():
    brief = briefparse.parse(TEXT)
    assert brief.source is None
    assert "Pedro Gil" not in {p.name for p in brief.participants}
