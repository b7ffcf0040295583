"""A chamber a party holds seats in ("los grupos con representación en el Parlamento", "con escaños en el Congreso")
is what the party has, not where the event was held: the venue the brief names comes first.

The briefs are written for this test (invented people, real places).
"""

import briefparse

SPANISH = (
    "El rey recibió este martes al presidente del partido, Julio Ramos, en audiencia.\n"
    "Como ha hecho con los demás grupos con representación en el Parlamento, el rey ha recibido a Ramos en el "
    "Palacio de la Zarzuela.\n"
)


def test_a_chamber_a_party_has_seats_in_is_not_the_place() -> None:
    assert briefparse.parse(SPANISH).location == "Palacio de la Zarzuela"
