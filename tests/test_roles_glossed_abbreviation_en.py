"""An English title glossed by its abbreviation in brackets ("Minister of State (MoS) for External Affairs X", "Chief
Minister (CM) of Delhi, Y") keeps its whole role: the bracketed word is no title of its own. Written before a name
with no brackets, "MoS" is an Indian Minister of State's title ("MoS X said"), not the first word of a name.

The briefs are written for these tests (invented people).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "New Delhi, March 6, 2023: Minister of State (MoS) for External Affairs, Ravi Kant Sharma held a meeting "
            "with Tuvalu's Minister for Foreign Affairs Paulo Tanu on Monday.\n",
            "Ravi Kant Sharma",
            "Minister of State (MoS) for External Affairs",
        ),
        (
            "New Delhi, March 6, 2023: Chief Minister (CM) of Delhi, Ravi Kant Sharma held a meeting with Tuvalu's "
            "Minister for Foreign Affairs Paulo Tanu on Monday.\n",
            "Ravi Kant Sharma",
            "Chief Minister (CM) of Delhi",
        ),
    ],
    ids=["mos", "cm"],
)
def test_a_glossed_title_keeps_its_whole_role(text: str, name: str, role: str) -> None:
    brief = briefparse.parse(text)
    assert next(p for p in brief.participants if p.name == name).role == role


def test_mos_before_a_surname_is_a_title() -> None:
    text = (
        "New Delhi, March 6, 2023: Minister of State for External Affairs Ravi Kant Sharma held a meeting with "
        "Tuvalu's Minister for Foreign Affairs Paulo Tanu on Monday. MoS Sharma said the talks were productive.\n"
    )
    brief = briefparse.parse(text)
    names = [p.name for p in brief.participants] + [p.name for p in brief.people_mentioned]
    assert "MoS Sharma" not in names
    assert [p.name for p in brief.participants] == ["Ravi Kant Sharma", "Paulo Tanu"]
