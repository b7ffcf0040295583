"""A list that writes each name before its role ("X ambassadeur de A, Y, Ambassadeur de B, Z, Ambassadeur de C"):
the first item's role follows its name with no comma, in small letters, and is that name's; it is no part of the
next one's role.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse

_TEXT = (
    "Mali: trois ambassadeurs remettent leurs lettres de créance à Paul Marin\n\n"
    "Trois diplomates ont remis leurs lettres de créance au chef de l'Etat, Paul Marin, ce jeudi 7 mars.\n\n"
    "Olaf Brenner ambassadeur du Royaume de Norvège près le Mali, Jean Holtz, Ambassadeur de la République "
    "d'Autriche près le Mali, Ida Holm, Ambassadeur du Royaume de Suède près le Mali sont les nouveaux "
    "diplomates qui sont reçus par le chef de l'Exécutif ce matin."
)


def _roles() -> dict[str | None, str | None]:
    record = briefparse.parse(_TEXT, reference_date=dt.date(2024, 3, 8))
    return {p.name: p.role for p in record.participants}


def test_the_first_name_of_a_name_first_list_takes_part_with_its_own_role():
    roles = _roles()
    assert "Olaf Brenner" in roles
    assert "Norvège" in (roles["Olaf Brenner"] or "")


def test_the_next_name_does_not_take_the_first_name_into_its_role():
    roles = _roles()
    assert "Jean Holtz" in roles
    assert "Olaf" not in (roles["Jean Holtz"] or "")
