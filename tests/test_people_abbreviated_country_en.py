"""A country's name of several words cut to an initial and its last word ("S Arabia", "N. Korea"), as English
headlines write it, is no person: CLDR's territory names tell which runs these are.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

_BRIEF = (
    "Lena Moor holds bilateral talks with counterparts from UAE, {country}, Oman\n\n"
    "Lakeland Foreign Minister Lena Moor on Friday held bilateral talks with her counterparts from the UAE, "
    "{spelled} and Oman and exchanged views on the regional situation.\n"
    "She held talks with Oman Foreign Minister Rashid Kamal and discussed trade.\n"
)


@pytest.mark.parametrize(
    ("country", "spelled"), [("S Arabia", "Saudi Arabia"), ("S. Africa", "South Africa"), ("N Korea", "North Korea")]
)
def test_an_abbreviated_country_is_no_participant(country: str, spelled: str) -> None:
    brief = briefparse.parse(_BRIEF.format(country=country, spelled=spelled))
    assert [p.name for p in brief.participants] == ["Lena Moor", "Rashid Kamal"]


def test_an_initial_and_a_surname_stay_a_person() -> None:
    brief = briefparse.parse(
        "Lakeland Foreign Minister S Dahl on Friday held talks with Oman Foreign Minister Rashid Kamal in Muscat.\n"
        "They discussed trade.\n"
    )
    assert [p.name for p in brief.participants] == ["S Dahl", "Rashid Kamal"]
