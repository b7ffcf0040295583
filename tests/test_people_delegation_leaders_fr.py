"""A sentence far from the lead that tells, in the active voice, who led a delegation ("Le ministre …, X, a conduit
la délégation comprenant les ministres Y (Défense) et Z (Justice)", "à la tête d'une importante délégation") says
who took part, as "conduite par" does: its people are participants, not people mentioned.

Every brief here is invented for the test.
"""

import pytest

import briefparse

_OPENING = (
    "La Valdorie et la Norlande ont conclu mardi à Porta Nova six nouveaux accords de coopération portant sur la "
    "justice, le transport routier et la santé. Ces accords ont été signés sous la supervision des deux chefs d’Etat "
    "Jan Olsen et Marc Duval, dans le cadre de la première session du Conseil présidentiel. Il s’agit notamment "
    "d’une convention dans le domaine de l’assistance judiciaire. D’autres accords concernent le transport routier "
    "et les productions animales. Un mémorandum d’entente sur l’enseignement supérieur a aussi été paraphé. "
)


@pytest.mark.parametrize(
    "closing",
    [
        "Le ministre des Affaires étrangères, Paul Marin, a conduit la délégation ministérielle valdorienne comprenant "
        "entre autres les ministres Karl Vester (Défense) et Léa Moreau (Justice).",
        "Le ministre des Affaires étrangères, Paul Marin, à la tête d'une importante délégation, avait à ses côtés "
        "les ministres Karl Vester (Défense) et Léa Moreau (Justice).",
    ],
)
def test_the_leader_and_the_members_of_a_delegation_take_part(closing):
    names = {p.name for p in briefparse.parse(_OPENING + closing).participants}
    assert {"Paul Marin", "Karl Vester", "Léa Moreau"} <= names
