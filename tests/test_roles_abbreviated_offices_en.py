"""English offices written as their capitals before a name are role nouns: a national security adviser ("NSA X"),
a member of a national or provincial assembly ("MNA X", "MPA X"), a special representative for Afghanistan and
Pakistan ("SRAP X"), as "PM", "FM" and "MP" already are.

The briefs are written for these tests (invented people).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Leaders meet in Delhi\n"
            "Prime Minister Jonas Kelber met President Paul Otterway in Delhi on Friday, March 3, 2021. Foreign "
            "Minister Mark Delane and NSA Clara Vendel were also present in the meeting.\n",
            {"Clara Vendel": "NSA", "Mark Delane": "Foreign Minister"},
        ),
        (
            "Envoy calls on Speaker\n"
            "On Friday, March 3, 2021, the envoy Jonas Kelber called on Speaker Paul Otterway, MNA Mark Delane and "
            "MPA Clara Vendel at their residence.\n",
            {"Mark Delane": "MNA", "Clara Vendel": "MPA"},
        ),
        (
            "Dinner at the embassy\n"
            "Foreign Minister Jonas Kelber hosted a dinner on Friday, March 3, 2021. Ambassador Paul Otterway and "
            "SRAP Mark Delane assisted the minister.\n",
            {"Mark Delane": "SRAP"},
        ),
    ],
    ids=["nsa", "mna-and-mpa", "srap"],
)
def test_an_abbreviated_office_is_its_holders_role(text: str, roles: dict[str, str]) -> None:
    brief = briefparse.parse(text)
    people = [*brief.participants, *brief.people_mentioned]  # the role is read whether or not they take part
    for name, role in roles.items():
        assert next(p for p in people if p.name == name).role == role


def test_an_agency_that_goes_by_the_same_capitals_in_a_dateline_is_no_unnamed_party() -> None:
    text = (
        "Minister condemns attack\n"
        "NAYPYITAW, March 3 (MNA) – Foreign Minister Jonas Kelber on Friday, March 3, 2021, strongly condemned the "
        "attack in the capital.\n"
    )
    brief = briefparse.parse(text)
    assert [p.role for p in brief.participants if p.name is None] == []
    assert next(p for p in brief.participants if p.name == "Jonas Kelber").role == "Foreign Minister"
