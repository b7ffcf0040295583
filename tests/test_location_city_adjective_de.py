"""A German brief may name the event's place only by its city's adjective before a building, a body or an occasion
("am Wiener Opernball", "im Grazer Landhaus"): that phrase is the place, when the event's sentences name no other.

Every brief and every person here is invented for the test; the countries and cities are real.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("phrase", "place"),
    [("am Wiener Opernball", "Wiener Opernball"), ("im Grazer Landhaus", "Grazer Landhaus")],
)
def test_a_city_adjective_before_a_noun_names_the_place(phrase, place):
    brief = briefparse.parse(
        "Gespräch unter Ministern\n\n"
        f"Justizminister Tom Falk hat seinen peruanischen Amtskollegen Diego Salas {phrase} zu einem Gespräch "
        "getroffen. Die beiden sprachen über die Zusammenarbeit der Gerichte."
    )
    assert brief.location == place


def test_a_place_the_sentence_names_comes_first():
    brief = briefparse.parse(
        "Gespräch unter Ministern\n\n"
        "Justizminister Tom Falk hat seinen peruanischen Amtskollegen Diego Salas in Linz zu einem Gespräch "
        "über den Wiener Kongress getroffen. Die beiden sprachen über die Zusammenarbeit der Gerichte."
    )
    assert brief.location == "Linz"
