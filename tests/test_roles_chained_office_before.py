"""An office that a comma joins to the role right before a name, the subject opening on its article ("the chairman
of the bloc (VALCO), Norland's President X"), is the named person's too: one role, both offices, the country the
nearer one's. A list whose items each bring their article ("the Speaker, the Prime Minister X") joins nothing.

Every brief and every person here is invented for the test.
"""

import briefparse

CHAINED = (
    "Opening the summit, the chairman of the 12-nation Valdor Economic Community (VALCO), Nigeria's President "
    "Paul Marin, said that the region faces challenges."
)


def test_the_office_before_the_comma_is_the_named_person_s_too():
    people = {p.name: (p.role, p.affiliation) for p in briefparse.parse(CHAINED).participants}
    assert people["Paul Marin"] == (
        "chairman of the 12-nation Valdor Economic Community (VALCO), Nigeria's President",
        "Nigeria",
    )


def test_no_one_is_read_from_the_chained_office_alone():
    people = briefparse.parse(CHAINED).participants
    assert all(p.name for p in people)


def test_items_with_their_own_article_stay_apart():
    brief = "The meeting was attended by the Speaker, the Prime Minister Paul Marin and the Foreign Minister Eva Brun."
    roles = {p.name: p.role for p in briefparse.parse(brief).participants}
    assert roles["Paul Marin"] == "Prime Minister"
