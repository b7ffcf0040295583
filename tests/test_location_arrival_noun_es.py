"""The noun of an arrival leads to where the guest went as its verb does ("a su llegada al Palacio Nacional",
"tras su arribo a …"): that venue places the meeting, over the dateline's city.

Every brief here is invented for the test.
"""

from __future__ import annotations

import briefparse


def test_the_venue_after_the_arrival_noun_places_the_meeting():
    text = (
        "PORTA NOVA, Valdoria. Una guardia de honor dio la bienvenida al presidente de Nortia, Luis Marín Soto, a su "
        "llegada al Palacio Nacional, este jueves 17 de octubre. Posteriormente, ambos mandatarios sostuvieron una "
        "reunión privada.\n"
    )
    assert briefparse.parse(text).location == "Palacio Nacional"


def test_an_arrival_with_no_place_leaves_the_dateline():
    text = (
        "PORTA NOVA, Valdoria. El presidente Tomás Arregui Pons recibió este jueves 17 de octubre al presidente de "
        "Nortia, Luis Marín Soto. A su llegada, ambos mandatarios sostuvieron una reunión privada.\n"
    )
    assert briefparse.parse(text).location == "PORTA NOVA"


def test_the_venue_after_a_su_llegada_beats_the_dateline_city():
    text = (
        "QUITO, Ecuador. Una banda militar recibió al presidente de Paraguay, Tomás Villalba Ruiz, a su llegada "
        "al Palacio de Carondelet, en la tarde de este martes 4 de marzo de 2025.\n"
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
