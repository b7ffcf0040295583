"""The noun of an arrival leads to where the guest went as its verb does ("a su llegada al Palacio Nacional",
"tras su arribo a …"): that venue places the meeting, over the dateline's city.

Every brief here is invented for the test.
"""

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
