"""A title's word that is also a given name, right after a whole title ("Foreign Minister Amir Karim Sadat"), opens
the name; a cleric's title before it ("Mawlawi") is an honorific, no part of the name. After a country's adjective
or before an honorific, the word stays the title ("Qatari Emir Tamir Al Rayan", "Deputy Amir Sheikh Nasser X").

Every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


def parties(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 6, 3))
    return {p.name: p.role for p in brief.participants}


@pytest.mark.parametrize("honorific", ["", "Mawlawi ", "Maulvi "])
def test_en_given_name_that_is_a_title_after_a_whole_title(honorific: str) -> None:
    text = (
        f"KABUL: Acting Foreign Minister {honorific}Amir Karim Sadat met the Ambassador of Peru, Tomas Quillay, "
        "on Monday.\n\nSadat said the two countries would widen trade.\n"
    )
    found = parties(text)
    assert found.get("Amir Karim Sadat") == "Acting Foreign Minister"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Qatari Emir Tamir Al Rayan", "Tamir Al Rayan"),
        ("Deputy Amir Sheikh Nasser Al-Fahd", "Nasser Al-Fahd"),
    ],
)
def test_en_title_after_a_country_or_before_an_honorific_stays_the_title(opening: str, name: str) -> None:
    text = f"{opening} received the Ambassador of Peru, Tomas Quillay, on Monday.\n\nThey discussed trade.\n"
    assert name in parties(text)
