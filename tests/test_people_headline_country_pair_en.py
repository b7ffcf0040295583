"""A headline's two capitalised words joined by "and" are a pair who met only when they name no place: one country
whose name joins two words by "and" ("Trinidad and Tobago", "Bosnia and Herzegovina") is no pair of surnames.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def _names(text: str) -> list[str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 11, 25))
    return [p.name for p in brief.participants]


def test_en_a_country_joined_by_and_in_a_headline_is_no_pair_of_people():
    text = (
        "Trinidad and Tobago delegation meets Indian leader\n\n"
        "Prime Minister Gaston Rolle held talks with Indian Prime Minister Ravi Menon in Georgetown on Wednesday."
    )
    assert _names(text) == ["Gaston Rolle", "Ravi Menon"]


def test_en_two_surnames_joined_by_and_in_a_headline_still_take_part():
    text = (
        "Rolle and Menon discuss trade\n\n"
        "The two prime ministers held talks in Georgetown on Wednesday on trade and energy."
    )
    assert _names(text) == ["Rolle", "Menon"]
