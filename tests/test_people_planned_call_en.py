"""A call told as planned, in the past or with "also" between ("was also expected to pay a courtesy call on X",
"is also scheduled to meet Y"), is still to come in the story: X and Y are not parties to the call reported.

Every person and country here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "plan",
    ["was also expected to", "is also expected to", "was expected to", "was scheduled to", "is also scheduled to"],
)
def test_en_planned_courtesy_call_names_no_party(plan: str) -> None:
    text = (
        "The new Ambassador of Norland, Tomas Verlane, paid a courtesy call on Prime Minister Elsa Margund at the "
        "Cabinet Office on Monday.\n\n"
        f"The Ambassador, who was on a two-day visit to Cardonia, {plan} pay a courtesy call on Governor General "
        "Dame Irene Castor.\n\n"
        "Prime Minister Margund thanked Norland for its assistance.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2021, 6, 23))
    names = [p.name for p in brief.participants]
    assert names == ["Tomas Verlane", "Elsa Margund"]
    assert "Irene Castor" in [p.name for p in brief.people_mentioned]
