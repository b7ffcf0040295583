"""A Spanish noun of arrival leads to where the guest is welcomed (briefs written for these tests)."""

from __future__ import annotations

import briefparse


def test_the_venue_after_a_su_llegada_beats_the_dateline_city():
    text = (
        "QUITO, Ecuador. Aplausos dieron la bienvenida al presidente de Paraguay, Tomás Villalba Ruiz, a su llegada "
        "al Palacio de Carondelet, poco después del mediodía de este martes 4 de marzo de 2025.\n"
        "Acompañado por la mandataria ecuatoriana, Elena Cordero Paz, pasó revista a la guardia.\n"
    )
    assert briefparse.parse(text).location == "Palacio de Carondelet"


def test_the_city_after_a_su_llegada_is_the_place():
    text = (
        "La canciller Elena Cordero Paz recibió al ministro paraguayo Tomás Villalba Ruiz a su llegada a Guayaquil "
        "el martes 4 de marzo de 2025.\n"
    )
    assert briefparse.parse(text).location == "Guayaquil"


def test_an_arrival_in_office_names_no_place():
    text = (
        "La canciller Elena Cordero Paz recibió el martes 4 de marzo de 2025 al ministro paraguayo Tomás Villalba "
        "Ruiz, el primero desde su llegada al cargo.\n"
    )
    assert briefparse.parse(text).location is None
