"""A statement tells of no visit when its verb of leaving takes no place ("the blast … left dozens wounded"): the
place of what it condemns is not where it was issued. The brief is invented for the test."""

import datetime as dt

import briefparse


def test_a_verb_of_leaving_without_a_place_is_no_visit_of_a_statement():
    text = (
        "Ministry condemns bombing in Valmora\n\n"
        "The Ministry of Foreign Affairs of Norland condemned on Sunday the bombing of a market in the city of "
        "Kessmar, Valmora, which killed 12 people and left dozens wounded.\n\n"
        "The ministry said in a statement that such acts could never be justified."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 20))
    assert brief.event_type == "statement"
    assert brief.location is None
