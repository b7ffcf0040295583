"""An office written before a name without a comma is the person's role, not the first word of the name: the
American spelling of a councillor ("State Councilor X", as Chinese agencies write it in English), an Indian
district's collector ("District Collector X"), an assistant ("Special Assistant X") and a member of a legislature
titled by the seat ("Kollam MP X", "Kollam MLA X"); a post-nominal "MP" after the name stays no role.

Every brief and every person here is invented for the test; the countries and places are real.
"""

import datetime as dt

import briefparse


def _people(text: str) -> list[tuple[str | None, str | None]]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    return [(p.name, p.role) for p in brief.participants]


def test_en_a_state_councilor_spelt_with_one_l_is_a_role():
    text = (
        "Chinese State Councilor Zhao Weiming met with visiting Peruvian Foreign Minister Carlos Ruiz "
        "in Beijing on Monday."
    )
    assert ("Zhao Weiming", "Chinese State Councilor") in _people(text)


def test_en_a_district_collector_and_a_seat_s_mp_are_roles():
    text = (
        "Union Minister Kavita Rao inaugurated the bridge at Kumily on Monday. "
        "District Collector R. Anandan and Kollam MP Suresh Menon attended the function."
    )
    people = _people(text)
    assert ("R. Anandan", "District Collector") in people
    assert ("Suresh Menon", "Kollam MP") in people


def test_en_a_special_assistant_is_a_role():
    text = "Prime Minister Tom Lee met Special Assistant Ahmed Raza Khan in Islamabad on Monday."
    assert ("Ahmed Raza Khan", "Special Assistant") in _people(text)


def test_en_an_mp_after_the_name_is_no_role():
    text = "Prime Minister Tom Lee met Suresh Menon MP and Asha Rao MLA in New Delhi on Monday."
    names = [name for name, _ in _people(text)]
    assert "Suresh Menon" in names and "Asha Rao" in names
