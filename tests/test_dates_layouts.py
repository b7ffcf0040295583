"""Date lines and event dates in the layouts pages give them: a number closing the line above a date line,
datelines that run into their sentence, a weekday that fixes a dateline's year, a summit's opening day, a coming
event beside the reported one.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def parse(text: str, reference: dt.date | None = None) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=reference)


def test_a_number_closing_the_line_above_is_no_day_of_the_date_line_under_it():
    text = (
        "Readout of the Minister's meeting with Valdoran envoys\n\nRelease No: NR-114-17\n"
        "June 4, 2017 PRINT | E-MAIL\n"
        "The Minister of Defence met today with the Valdoran envoys on the sidelines of the Lorenian Dialogue."
    )
    brief = parse(text)
    assert brief.published == "2017-06-04"
    assert brief.date == "2017-06-04"
