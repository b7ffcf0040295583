"""An office written with a capital and its country's complement, then its holder's name with no comma between
("le Président de la République M. Paul Marin a reçu …", "le Président de la République Paul Marin"): the name
after the complement is the holder's and is found; a name followed by the country it is of ("Paul Marin de la
République du Valdor") still keeps that country out of the name.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def participants(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text, reference_date="2024-05-10").participants}


@pytest.mark.parametrize("honorific", ["", "M. ", "SE "])
def test_the_holder_named_after_the_office_s_country_takes_part(honorific: str):
    text = (
        f"Mardi au palais, le Président de la République {honorific}Paul Marin a reçu en audience le ministre Jean "
        "Dufort."
    )
    found = participants(text)
    assert found.get("Paul Marin") == "Président de la République"
    assert "Jean Dufort" in found


def test_a_country_after_a_name_stays_out_of_it():
    found = participants("Mardi, Paul Marin de la République du Valdor a reçu le ministre Jean Dufort.")
    assert "Paul Marin" in found
    assert not any(name and "Valdor" in name for name in found)
