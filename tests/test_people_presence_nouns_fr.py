"""Officials who sat in on an audience, told by the noun of presence or participation ("on notait la présence de X",
"a enregistré la participation de Y") or by the verb of taking part in the imperfect ("Participaient également à
l'audience X, …"), took part.

Every brief here is invented for the test.
"""

import pytest

import briefparse

LEAD = (
    "Le ministre valdorien des Affaires étrangères, Paul Marin, a reçu mardi à Lomé l'ambassadeur de Suède, Luc "
    "Bonnet. Les deux hommes ont passé en revue la coopération bilatérale. "
)


@pytest.mark.parametrize(
    "closing",
    [
        "On notait également la présence du directeur Europe, Marc Tellier, et du conseiller Jean Dufort.",
        "Aux côtés du ministre, on notait la présence de Marc Tellier et de Jean Dufort.",
        "L'audience a enregistré la participation de Marc Tellier, directeur de cabinet, et du conseiller Jean Dufort.",
        "Participaient également à l'audience le directeur Europe, Marc Tellier, et le conseiller Jean Dufort.",
    ],
)
def test_officials_present_take_part(closing):
    found = {p.name for p in briefparse.parse(LEAD + closing).participants}
    assert {"Paul Marin", "Luc Bonnet", "Marc Tellier", "Jean Dufort"} <= found
