"""French titles of the state's administration and of consular posts in apposition before a name: an inspector
general of a ministry, a (feminine) consul general, a burgomaster, a mediator each hold a role.

Every brief and every person here is invented for the test.
"""

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_an_inspector_general_and_a_consul_general_hold_their_titles():
    text = (
        "Le ministre de l'Intérieur, Paul Ravelona, a reçu mardi l'inspecteur général du ministère, Alpha Diallo, et "
        "la consule générale de France, Marie Dupuis. Les échanges ont porté sur la coopération."
    )
    assert roles(text) == {
        "Paul Ravelona": "ministre de l'Intérieur",
        "Alpha Diallo": "inspecteur général du ministère",
        "Marie Dupuis": "consule générale de France",
    }


def test_a_burgomaster_and_a_mediator_hold_their_titles():
    text = (
        "Le gouverneur de la ville, Jean Kalala, s'est entretenu lundi avec le bourgmestre de la commune de Limete, "
        "Pierre Mbuyi, et avec le médiateur de la CEEAC, Louis Nkosi."
    )
    found = roles(text)
    assert found.get("Pierre Mbuyi") == "bourgmestre de la commune de Limete"
    assert found.get("Louis Nkosi") == "médiateur de la CEEAC"
