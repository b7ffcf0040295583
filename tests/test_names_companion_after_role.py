"""A role, then a cue of one who comes along, then a name ("M. X, envoyé spécial, accompagné de Mme Y"): the role
is the first person's, and the companion named after the cue is found as a person of her own.

Every brief here is invented for the test.
"""

import briefparse


def test_the_companion_after_a_role_and_a_cue_is_a_participant():
    text = (
        "Porta Nova, 14 mars 2024 – M. Paul Marin, envoyé spécial, accompagné de Mme Anna Roux, a été reçu jeudi "
        "par le président valdorien Luc Dumas.\n"
    )
    people = {p.name: p.role for p in briefparse.parse(text).participants}
    assert "Anna Roux" in people
    assert people["Anna Roux"] != "envoyé spécial"
    assert people.get("Paul Marin") == "envoyé spécial"
