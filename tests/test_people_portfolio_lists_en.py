"""An office after its holder's name whose portfolio is a list of capitalised items, closed by the office's country
("minister of Agriculture, Animal Husbandry and Food of Valdoria"): its inner items are no person's name, and the
whole list is the holder's role.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse
from briefparse.models import Brief


def _parse(text: str) -> Brief:
    return briefparse.parse(text, reference_date=dt.date(2023, 5, 4))


def test_en_a_list_of_portfolios_after_the_name_closed_by_the_country():
    text = (
        "Talks were held between Tomas Berg, minister of Agriculture, Animal Husbandry and Food of Sweden, and "
        "Ana Duarte, minister of Trade of Portugal, in Lisbon on Monday."
    )
    people = {p.name: (p.role, p.affiliation) for p in _parse(text).participants}
    assert set(people) == {"Tomas Berg", "Ana Duarte"}
    assert people["Tomas Berg"] == ("minister of Agriculture, Animal Husbandry and Food of Sweden", "Sweden")


def test_en_a_name_between_an_office_and_another_name_is_still_a_person():
    text = "The Minister of Finance, Ruth Allen and Ambassador Tom Reed of Norland met in Georgetown on Monday."
    names = {p.name for p in _parse(text).participants}
    assert {"Ruth Allen", "Tom Reed"} <= names
