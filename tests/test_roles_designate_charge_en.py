"""Roles on invented English briefs: a nominee's title joined to "-designate" ("Minister-designate for Finance, X"),
and a chargé d'affaires written without its accent or with a curly apostrophe.

Every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2022, 3, 9))
    return {p.name: p.role for p in brief.participants}


@pytest.mark.parametrize("charge", ["Charge d'Affaires", "Charge d’Affaires", "Chargé d’Affaires"])
def test_en_charge_d_affaires_and_minister_designate_before_their_names(charge: str) -> None:
    text = (
        f"The {charge} of the Embassy of Peru, Tomas Quillay, has paid a courtesy call on the Minister-designate "
        "for Trade, Abena Owusu-Darko, on Tuesday.\n\n"
        "The two discussed cocoa exports and a direct shipping line between the two countries.\n"
    )
    found = roles(text)
    assert found["Tomas Quillay"] == f"{charge} of the Embassy of Peru"
    assert found["Abena Owusu-Darko"] == "Minister-designate for Trade"
