"""An organisation the language knows ("Caricom", "Nato", "UN") or a news agency ("AMI"), alone or joined to a country
by a hyphen ("Asean-China ties"), is a body, not a place: it is never the event's location, neither after a place
preposition nor as the line a dateline is read from, though the gazetteer holds a town of that name.

Every brief here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse

_DAY = dt.date(2024, 3, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Tom Velder held talks with Prime Minister Jane Kessel at the Nato summit. They discussed"
        " defence.\n",
        "Foreign Minister Tom Velder met his Chinese counterpart Jane Kessel on Friday. They reviewed progress in"
        " Asean-China ties and discussed future areas of cooperation.\n",
        "Prime Minister Tom Velder speaks with President Jane Kessel at the Caricom Farm Forum in Guyana in May. Trade"
        " is among the issues to be addressed at the Caricom summit in Suriname.\n\nThe Prime Minister and President"
        " Jane Kessel held bilateral discussions in Suriname on Sunday, shortly before the opening of the Caricom heads"
        " of government meeting there.\n",
    ],
    ids=["organisation-in-title-case", "organisation-country-pair", "organisation-before-its-summit"],
)
def test_an_organisation_after_a_place_preposition_is_no_place(text: str) -> None:
    location = briefparse.parse(text, language="en", reference_date=_DAY).location
    assert location not in {"Nato", "Asean-China", "Caricom"}


def test_an_organisation_over_a_statement_is_no_dateline() -> None:
    text = (
        "New York\nUN\nStatement attributable to the Spokesperson for the Secretary-General on the attack in Kessel\n\n"
        "The Secretary-General strongly condemns the car bomb attack in the town of Kessel on Sunday. He extends his"
        " condolences to the families of the victims.\nNew York, 12 March 2019\n"
    )
    assert briefparse.parse(text, language="en").location == "New York"


def test_an_agency_credit_is_no_dateline() -> None:
    text = (
        "Imprimer\n03-04-2024\n\nLa Mauritanie condamne l’attaque contre l’ambassade de Kessland\n\n"
        "AMI - La République Islamique de Mauritanie condamne avec fermeté l’attaque contre l’ambassade de Kessland à"
        " Damas, a indiqué mercredi un communiqué du ministère des Affaires étrangères.\n"
    )
    assert briefparse.parse(text, language="fr").location is None
