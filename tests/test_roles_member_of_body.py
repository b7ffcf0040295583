"""A seat on a body is an office ("membre du Bureau politique", "miembro del Buró Político"): its holder's role,
and a plural of it before names gives each the singular.

The people and sentences are invented for the test.
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_es_a_member_of_a_body_in_apposition() -> None:
    roles = _roles(
        "Visita\n\n"
        "La presidenta Ana Ruiz recibió esta tarde en Casa Rosada a una delegación encabezada por Zhang Hua, "
        "miembro del Buró Político del Comité Central del Partido Comunista de China.\n"
    )
    assert roles.get("Zhang Hua") == "miembro del Buró Político del Comité Central del Partido Comunista de China"


def test_fr_members_of_a_body_before_two_names() -> None:
    roles = _roles(
        "Visite à Erevan\n\n"
        "Les membres du Conseil national de Suisse Paul Hoarau et Marie Payet ont visité aujourd’hui le Mémorial "
        "à Erevan, où ils ont rencontré le ministre Arsen Gevorgyan.\n"
    )
    assert roles.get("Paul Hoarau") == "membre du Conseil national de Suisse"
    assert roles.get("Marie Payet") == "membre du Conseil national de Suisse"
