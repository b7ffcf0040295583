"""A capitalised run right after the noun of a project or an operation ("du projet Kanda Yetu", "l'opération
Sable Rouge") names that project, not a person: it takes no part, and the signatories the brief names still do.

Every brief here is invented for the test.
"""

import briefparse

SIGNING = (
    "La Norlande et la France ont signé mercredi à Paris six nouveaux accords de coopération.\n\n"
    "Les six accords ont été signés au Quai d'Orsay (ministère français des Affaires étrangères) par les chefs de la "
    "diplomatie des deux pays, respectivement Paul Marin et Jean Dufort.\n\n"
    "Il s'agit d'un accord général de coopération et de quatre mémorandums d'entente, dont l'un concerne "
    "l'exécution {noun} Kanda Yetu pour la préservation de la biodiversité."
)


def participants(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text, reference_date="2024-05-10").participants}


def test_a_project_s_name_is_no_participant_and_the_signatories_are():
    found = participants(SIGNING.format(noun="du projet"))
    assert "Kanda Yetu" not in found
    assert {"Paul Marin", "Jean Dufort"} <= found


def test_an_operation_s_name_is_no_participant():
    assert "Kanda Yetu" not in participants(SIGNING.format(noun="de l'opération"))
