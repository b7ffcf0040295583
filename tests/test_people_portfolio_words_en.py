"""The capitalised words of a cabinet portfolio ("Inter-Provincial Coordination", "Animal Husbandry and Dairying")
are the office's, not a name's: the minister named after them is the person, and the portfolio is the role. The
briefs are invented for the test."""

import datetime as dt

import briefparse


def _people(text: str) -> list[tuple[str | None, str | None]]:
    brief = briefparse.parse(text, reference_date=dt.date(2025, 3, 5))
    return [(p.name, p.role) for p in brief.participants]


def test_a_hyphenated_portfolio_is_no_name():
    people = _people(
        "Banquet\n\n"
        "Minister for Inter-Provincial Coordination Hassan Pirzada and senior officials were present at the meeting "
        "with President Karl Dorn in Kessel on Monday."
    )
    assert ("Hassan Pirzada", "Minister for Inter-Provincial Coordination") in people
    assert all(name and "Coordination" not in name for name, _role in people)


def test_the_items_of_a_portfolio_list_are_no_name():
    people = _people(
        "Courtesy call\n\n"
        "Minister of Fisheries, Animal Husbandry and Dairying Tom Berg called on Prime Minister Karl Dorn in Kessel "
        "on Monday."
    )
    assert people == [
        ("Tom Berg", "Minister of Fisheries, Animal Husbandry and Dairying"),
        ("Karl Dorn", "Prime Minister"),
    ]
