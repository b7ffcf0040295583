"""An English office held in another officeholder's office or department ("Minister in the Prime Minister's
Department X", "Permanent Secretary in the Office of the President, Y") is one role: "in the" links the title to the
body it serves in, as "of the" does, so the office named inside it is not the person's role, nor does the title
before it stand for an unnamed second person.

The briefs are written for these tests (invented people).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister in the Prime Minister's Department Kamal Rashed met Ukrainian Ambassador Petro Dovhal in Kuala "
            "Lumpur on Monday, March 6, 2023.\n",
            "Kamal Rashed",
            "Minister in the Prime Minister's Department",
        ),
        (
            "Permanent Secretary in the Office of the Prime Minister, Kamal Rashed, met Ukrainian Ambassador Petro "
            "Dovhal in Kingston on Monday, March 6, 2023.\n",
            "Kamal Rashed",
            "Permanent Secretary in the Office of the Prime Minister",
        ),
        (
            "Deputy Minister in the President's Office Kamal Rashed said on Monday, March 6, 2023, that the "
            "government would answer the committee in writing.\n",
            "Kamal Rashed",
            "Deputy Minister in the President's Office",
        ),
    ],
    ids=["department-possessive", "office-of-comma", "statement"],
)
def test_an_office_in_another_office_is_one_role(text: str, name: str, role: str) -> None:
    brief = briefparse.parse(text)
    assert [p.name for p in brief.participants if p.name is None] == []
    assert next(p for p in brief.participants if p.name == name).role == role


def test_an_office_in_a_ministry_keeps_its_role() -> None:
    text = (
        "Minister of State in the Ministry of External Affairs Kamal Rashed met Ukrainian Ambassador Petro Dovhal in "
        "New Delhi on Monday, March 6, 2023.\n"
    )
    brief = briefparse.parse(text)
    assert [(p.name, p.role) for p in brief.participants] == [
        ("Kamal Rashed", "Minister of State in the Ministry of External Affairs"),
        ("Petro Dovhal", "Ukrainian Ambassador"),
    ]
