"""A capitalised title whose complement is another office after a definite article ("Secretary to the Prime Minister
X") is the title of the one named next, whole; without the article ("Adviser to President X") the name is the inner
office's holder, and a noun in small letters ("the wife of the President X") is no title of the name.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    return {p.name: p.role for p in brief.participants}


def test_en_a_title_to_the_office_is_the_named_one_s_role():
    text = (
        "Prime Minister Tom Lee met Ambassador Anna Berg at his residence on Monday. "
        "Secretary to the Prime Minister Ravi Perera was also present."
    )
    assert _roles(text)["Ravi Perera"] == "Secretary to the Prime Minister"


def test_en_without_the_article_the_name_holds_the_inner_office():
    text = "Ambassador Anna Berg met Adviser to President Mark Olu in Accra on Monday."
    assert _roles(text)["Mark Olu"] == "President"
