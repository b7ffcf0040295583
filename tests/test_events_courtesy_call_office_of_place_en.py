"""English "called on the Governor of Maharashtra X": an office written with its capital right after the article,
then its genitive link and a capitalised place, is a holder's title, so "called on" is a courtesy call on that
holder, not an appeal; "called on the Governor of Texas to resign" (an appeal, "to" and a lower-case verb after the
place) and "called on the governor" stay no call.

The briefs are written for these tests (invented people).
"""

import briefparse


def test_call_on_an_office_of_a_place_is_a_courtesy_call() -> None:
    text = (
        "Mumbai: Consul General Peter Lanz called on the Governor of Maharashtra Ravi Deshmukh at Raj Bhavan on "
        "Monday, March 6, 2023.\n"
    )
    brief = briefparse.parse(text)
    assert [(p.name, p.role) for p in brief.participants] == [
        ("Peter Lanz", "Consul General"),
        ("Ravi Deshmukh", "Governor of Maharashtra"),
    ]


def test_an_appeal_to_an_office_of_a_place_is_no_call() -> None:
    text = (
        "Austin: Union leader Peter Lanz called on the Governor of Texas to resign on Monday, March 6, 2023, after "
        "the vote.\n"
    )
    brief = briefparse.parse(text)
    assert brief.event_type != "meeting"
