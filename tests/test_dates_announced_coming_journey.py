"""A lead that opens on a journey to come told in the present ("kommt am Freitag nach Lirnau"), then the day a
spokeswoman announced it ("Wie eine Sprecherin am Mittwoch mitteilte"): the event is the coming day, not the day
of the announcement.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

WEDNESDAY = dt.date(2024, 3, 13)


def test_the_coming_journey_of_the_lead_is_dated_not_its_announcement():
    text = (
        "Lirnau (dpa) Der valdorische Außenminister Paul Marin kommt am Freitag nach Lirnau. Wie eine Sprecherin des "
        "Außenministeriums am Mittwoch mitteilte, trifft Außenminister Karl Vogt seinen Kollegen zu Gesprächen."
    )
    assert briefparse.parse(text, reference_date=WEDNESDAY).date == "2024-03-15"


def test_a_past_meeting_told_by_a_later_announcement_keeps_its_day():
    text = (
        "Außenminister Karl Vogt traf am Montag seinen valdorischen Kollegen Paul Marin zu Gesprächen. Wie eine "
        "Sprecherin des Außenministeriums am Mittwoch mitteilte, ging es um den Handel."
    )
    assert briefparse.parse(text, reference_date=WEDNESDAY).date == "2024-03-11"
