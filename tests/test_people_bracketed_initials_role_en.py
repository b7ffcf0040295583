"""A country's or a union's initials in brackets after its name, before the role noun ("United Arab Emirates (UAE)
Ambassador X", "European Union (EU) Special Envoy X") belong to the role, with the name they abbreviate.

Every brief and every person here is invented for the test; the countries and the union are real.
"""

import datetime as dt

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    return {p.name: p.role for p in brief.participants}


def test_en_a_country_s_initials_in_brackets_stay_in_the_role():
    text = "Foreign Minister Anna Berg met with the United Arab Emirates (UAE) Ambassador Ali Saeed on Tuesday."
    assert _roles(text)["Ali Saeed"] == "United Arab Emirates (UAE) Ambassador"


def test_en_initials_in_brackets_before_a_role_with_its_complement():
    text = "Foreign Minister Anna Berg met with newly appointed United States (US) Ambassador to Norway, Nick Perry."
    assert _roles(text)["Nick Perry"] == "United States (US) Ambassador to Norway"
