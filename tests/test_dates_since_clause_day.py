"""A day told in a clause that "since" opens ("the first meeting since he became Prime Minister on May 10", "Since
becoming Prime Minister on May 10, he has received …") is the day a state still going on began, no event's: the
brief's own day (its date line) dates the meeting. Alone, with no other day, such a day still dates the event.

Every brief here is invented for the test.
"""

import briefparse

_DATE_LINE = "Ambassador calls on the Prime Minister\n\n  • Nation\n  • Tuesday, 14 March 2023\n\n"


def test_a_day_in_a_since_clause_yields_to_the_date_line() -> None:
    text = _DATE_LINE + (
        "PORTA NOVA: Prime Minister Paul Marin received a courtesy call from Lorenian Ambassador Jean Obame at his "
        "office.\n\n"
        "It is Obame's first official meeting with Marin since he became Prime Minister on March 2.\n\n"
        "Since becoming Prime Minister on March 2, Marin has received a number of foreign envoys.\n\n"
        "The two discussed trade and fisheries."
    )
    assert briefparse.parse(text).date == "2023-03-14"


def test_a_since_clause_day_alone_still_dates_the_event() -> None:
    text = (
        "Prime Minister Paul Marin held his first meeting with Lorenian Ambassador Jean Obame since he took office "
        "on March 2.\n\nThe two discussed trade and fisheries."
    )
    assert briefparse.parse(text, reference_date="2023-03-14").date == "2023-03-02"


def test_a_day_outside_the_since_clause_keeps_its_place() -> None:
    text = _DATE_LINE + (
        "PORTA NOVA: Prime Minister Paul Marin, in office since March 2, received Lorenian Ambassador Jean Obame "
        "on Monday.\n\nThe two discussed trade and fisheries."
    )
    assert briefparse.parse(text).date == "2023-03-13"


def test_a_day_after_an_earlier_visit_yields_to_the_date_line() -> None:
    text = _DATE_LINE + (
        "PORTA NOVA: Prime Minister Paul Marin received a courtesy call from Lorenian Ambassador Jean Obame at his "
        "office.\n\n"
        "It is Obame's first official meeting with Marin since he became Prime Minister on March 2.\n\n"
        "The meeting lasted about an hour.\n\nBusinessman Tom Reede was also seen at the office.\n\n"
        "It is the second time in two days Reede paid Marin a visit.\n\n"
        "After his first visit on Sunday (March 12), Reede posted a photograph of himself with Marin."
    )
    assert briefparse.parse(text).date == "2023-03-14"


def test_a_verb_of_holding_ends_the_since_clause() -> None:
    text = _DATE_LINE + (
        "The first meeting of the two foreign ministers since the border war began was held on Monday in Porta "
        "Nova.\n\nThe ministers Paul Marin and Jean Obame discussed trade."
    )
    assert briefparse.parse(text).date == "2023-03-13"
