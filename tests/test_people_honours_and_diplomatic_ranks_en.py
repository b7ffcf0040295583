"""Commonwealth honours after a name ("Sir X Y AK MC", "X Y AO QC, Governor of …") are no part of the name, and the
apposition after them is still the person's role; a diplomat's rank in brackets after a name ("(Counsellor)",
"(Defence Attaché)") is a role.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse
from briefparse.models import Brief


def _parse(text: str) -> Brief:
    return briefparse.parse(text, reference_date=dt.date(2023, 5, 4))


def _people(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in _parse(text).participants}


@pytest.mark.parametrize("honours", ["AK MC", "AC CVO", "AO", "CMG DSO"])
def test_en_honours_after_a_name_are_left_out_of_it(honours):
    text = (
        f"On Wednesday 3 May 2023, at Government House, the Governor-General, the Honourable Sir James Holloway "
        f"{honours} received Ms Ingrid Dahl, Ambassador of Norway."
    )
    assert "James Holloway" in _people(text)


def test_en_the_apposition_after_honours_is_the_role():
    text = (
        "In the morning, Her Excellency the Honourable Anne Whitlow AO QC, Governor of Victoria, received "
        "Mr Paul Dubois, Consul-General of France, at Government House."
    )
    assert _people(text).get("Anne Whitlow") == "Governor of Victoria"


def test_en_a_diplomatic_rank_in_brackets_is_a_role():
    text = (
        "The Ambassador of Norway was accompanied by Mr Lars Holm (Counsellor) and Col Erik Sand (Defence Attaché) "
        "when he met Minister Joan Pike in Canberra on Monday."
    )
    people = _people(text)
    assert people.get("Lars Holm") == "Counsellor"
    assert people.get("Erik Sand") == "Defence Attaché"
