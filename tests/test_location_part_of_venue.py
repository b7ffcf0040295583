"""A part of a named venue, told by a lower-case noun and its link before the venue's name ("en la escalinata del
Palacio de Carondelet", "dans le salon d'honneur du Palais de l'Unité", "in the banquet hall of the Jubilee House"),
places the event at that venue. French "dans" names a place only before a venue.

The briefs are written for this test (invented people, real places).
"""

import pytest

import briefparse

SPANISH = (
    "El presidente Julio Ramos recibió este jueves en la escalinata del Palacio de Carondelet al ministro Pablo Ruiz. "
    "Ambos conversaron sobre comercio.\n"
)
FRENCH = (
    "Le président Jean Mbarga a reçu jeudi le ministre Paul Ndiaye dans le salon d'honneur du Palais de l'Unité. "
    "Ils ont parlé de commerce.\n"
)
ENGLISH = (
    "President John Mensah received Minister Paul Adu on Thursday in the banquet hall of the Jubilee House. "
    "They discussed trade.\n"
)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (SPANISH, "Palacio de Carondelet"),
        (FRENCH, "Palais de l'Unité"),
        (ENGLISH, "Jubilee House"),
    ],
)
def test_the_venue_a_part_belongs_to_is_the_place(text: str, venue: str) -> None:
    assert briefparse.parse(text).location == venue


def test_a_part_of_a_place_that_is_no_venue_gives_no_place() -> None:
    text = "El presidente Julio Ramos recibió este jueves en la oficina de la Fundación Rivas al ministro Pablo Ruiz.\n"
    assert briefparse.parse(text).location != "Fundación Rivas"
