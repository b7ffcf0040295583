"""A surname spelled like a topic noun ("Paz", "Guerra") is no topic before a place (briefs written for these
tests)."""

from __future__ import annotations

import briefparse


def test_a_venue_after_a_surname_that_spells_peace():
    text = "El canciller Tomás Villalba Ruiz se reunió hoy con su homóloga Elena Cordero Paz en el Palacio Nacional.\n"
    assert briefparse.parse(text).location == "Palacio Nacional"


def test_a_venue_after_a_surname_that_spells_war():
    text = "La ministra Ana Ortega se reunió el 3 de mayo de 2024 con el embajador Luis Guerra en la Casa Amarilla.\n"
    assert briefparse.parse(text).location == "Casa Amarilla"


def test_the_common_noun_still_tells_a_topic():
    text = (
        "El canciller Tomás Villalba Ruiz se reunió el 3 de mayo de 2024 con su homóloga Elena Cordero, con quien "
        "conversó sobre la paz en Colombia.\n"
    )
    assert briefparse.parse(text).location is None
