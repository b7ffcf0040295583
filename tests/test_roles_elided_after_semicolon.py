"""An item of a list set off by a semicolon that stands for the previous holder's office by its article ("…, X; el
de Ghana, Y; la de Uruguay, Z") takes that office, of what the item names, as an item after "y" does.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def test_semicolon_items_take_the_elided_office():
    text = (
        "El presidente Luis Rivas recibió las cartas credenciales de la embajadora de Chipre, Ana Gil; el de Ghana, "
        "Kofi Mensah; la de Uruguay, Eva Soto, y el de Perú, Raúl Pinto."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 20))
    roles = {p.name: p.role for p in brief.participants}
    assert roles["Kofi Mensah"] == "embajadora de Ghana"
    assert roles["Eva Soto"] == "embajadora de Uruguay"
