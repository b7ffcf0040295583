"""A capitalised run whose words, with the ones right before it, spell the initials in brackets after it is a body's
name spelled out ("Conseil National de Transition (CNT)"), not a person; a person's own initials do not make them
a body.

Every brief here is invented for the test.
"""

import briefparse


def test_a_body_spelled_out_before_its_initials_is_no_one():
    text = (
        "Une délégation de l’Assemblée Législative de la Transition (ALT) de Norlande, conduite par Anne Rivière, "
        "a été reçue mardi à Porta Nova par le président du Conseil National de Transition (CNT), Paul Marin."
    )
    found = {p.name for p in briefparse.parse(text).participants}
    assert "Anne Rivière" in found
    assert not any("Transition" in (name or "") for name in found)


def test_a_person_with_initials_after_the_name_takes_part():
    text = "Le ministre valdorien Paul Marin (PM) a reçu mardi à Lomé Anne Rivière, ambassadrice de Norlande."
    assert {"Paul Marin", "Anne Rivière"} <= {p.name for p in briefparse.parse(text).participants}
