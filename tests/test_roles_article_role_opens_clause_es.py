"""A role after a comma that opens on an article and runs straight into a clause's verb, no comma closing it, is that
clause's subject, not an apposition to the run before the comma ("En el encuentro, que tuvo lugar en la residencia
presidencial Mburuvicha Róga, el jefe de Estado estuvo acompañado por …"): the run is a venue's name, no person. A role
in apposition closed by a comma keeps its holder.

Every brief and every person here is invented for the test; the countries and the residence are real.
"""

import briefparse


def test_es_venue_name_before_a_subject_role_is_no_person():
    brief = briefparse.parse(
        "El presidente de la República, Tomás Ferreira, recibió el saludo de cortesía de la ministra de Asuntos "
        "Exteriores del Reino de España, Lucía Ortega Ruiz, quien llegó esta noche al país.\n"
        "En el encuentro, que tuvo lugar en la residencia presidencial Mburuvicha Róga, el jefe de Estado estuvo "
        "acompañado por el ministro de Relaciones Exteriores, Julio Benítez.\n"
    )
    names = {p.name for p in brief.participants}
    assert "Mburuvicha Róga" not in names
    assert {"Tomás Ferreira", "Lucía Ortega Ruiz", "Julio Benítez"} <= names
    assert brief.location == "residencia presidencial Mburuvicha Róga"


def test_es_role_in_apposition_closed_by_a_comma_is_kept():
    brief = briefparse.parse(
        "El canciller de Valdoria recibió este martes a Julio Benítez, el ministro de Comercio de Paraguay, quien "
        "llegó al país para una visita oficial.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Julio Benítez") == "ministro de Comercio de Paraguay"
