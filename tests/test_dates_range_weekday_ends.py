"""A range of days whose two ends carry their weekdays ("del lunes 5 al martes 6 de marzo", "von Montag, 5. bis
Dienstag, 6. März") is one range, dated by its first day, the weekday of which fixes its year.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

REF = dt.date(2018, 3, 7)


def test_a_spanish_range_with_a_weekday_at_each_end_opens_on_its_first_day():
    text = (
        "La presidenta valdoriana Mara Lind realiza del lunes 5 al martes 6 de marzo una visita oficial a Viena, "
        "donde se reunió con el canciller Jonas Berg."
    )
    assert briefparse.parse(text, reference_date=REF).date == "2018-03-05"


def test_a_german_range_with_a_weekday_at_each_end_is_read_whole():
    text = (
        "Lirno – Die valdorianische Präsidentin Mara Lind weilt von Montag, 5. bis Dienstag, 6. März zu einem "
        "offiziellen Besuch in Wien. Am ersten Tag traf sie Kanzler Jonas Berg."
    )
    brief = briefparse.parse(text, reference_date=REF)
    assert brief.date == "2018-03-05"
    assert brief.evidence.date is not None
    assert brief.evidence.date.span.text == "Montag, 5. bis Dienstag, 6. März"
