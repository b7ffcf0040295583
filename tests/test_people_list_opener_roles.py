"""A sentence that opens on a plural role and its verb, then lists the group's members ("Los nuevos embajadores son
X, de A; Y, de B"): each member takes part and holds the role, even past a sentence that names only a place."""

import briefparse

_TEXT = (
    "Quito, 4 mar (EFE).- El presidente de Ecuador, Martín Salcedo, recibió este martes en Quito las cartas "
    "credenciales de tres nuevos embajadores.\n\n"
    "En el palacio presidencial de Carondelet, la ceremonia fue transmitida por el canal estatal Ecuavisa.\n\n"
    "Los nuevos embajadores son Lucien Adjovi, de Benín; Somchai Vongsa, de Laos, y Petra Lindqvist, de Suecia.\n"
)


def test_es_members_listed_after_the_plural_role_and_its_verb():
    roles = {p.name: p.role for p in briefparse.parse(_TEXT).participants if p.name}
    assert roles == {
        "Martín Salcedo": "presidente de Ecuador",
        "Lucien Adjovi": "embajador de Benín",
        "Somchai Vongsa": "embajador de Laos",
        "Petra Lindqvist": "embajador de Suecia",
    }
