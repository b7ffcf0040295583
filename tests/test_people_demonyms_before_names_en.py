"""Participants on briefs invented for these tests (fictional people, real countries): a nationality adjective in
the spellings wire English writes ("Ivoirian", "Tongan", "Guyanese", "Cape Verdean") is no part of the name it stands
before, and in a role it gives the person's country."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize("adjective", ["Ivoirian", "Tongan", "Guyanese"])
def test_a_demonym_before_a_listed_leader_is_no_part_of_the_name(adjective: str) -> None:
    text = (
        "KESSEL, 22 June (Agency) - Leaders began their mid-year summit on Monday in Abuja.\n"
        f"Heads of state present at the opening included Ghanaian Tomas Berg, {adjective} Ines Marlow and Senegalese "
        "Karl Weber."
    )
    names = {p.name for p in parse(text, reference_date="2009-06-22").participants}
    assert "Ines Marlow" in names


@pytest.mark.parametrize(
    ("adjective", "country"),
    [("Ivoirian", "Côte d'Ivoire"), ("Cape Verdean", "Cape Verde"), ("Tongan", "Tonga"), ("Guyanese", "Guyana")],
)
def test_a_demonym_in_a_role_gives_the_country(adjective: str, country: str) -> None:
    text = f"{adjective} Prime Minister Ines Marlow met Foreign Minister Tomas Berg of Fiji in Suva on Monday."
    marlow = next(p for p in parse(text, reference_date="2009-06-22").participants if p.name == "Ines Marlow")
    assert marlow.affiliation == country
