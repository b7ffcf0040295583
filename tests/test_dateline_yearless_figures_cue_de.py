"""A line that opens on a German cue and a yearless date in figures ("Am 04.09. traf …") is a sentence, not a dateline.

The brief is written for this test (invented people, real countries).
"""

import datetime as dt

import briefparse

STAMP = "Pressemitteilung\n06.09.2018\n\n"
BODY = (
    "Am 04.09. traf die Ministerin für Wirtschaft, Anna Beispiel, den Botschafter Portugals, Rui Almeida, zu einem "
    "Gespräch in Erfurt. Im Mittelpunkt standen die Handelsbeziehungen und gemeinsame Forschungsprojekte.\n"
)


def test_the_page_stamp_stays_the_published_date_over_a_cue_and_figures():
    brief = briefparse.parse(STAMP + BODY)
    assert brief.published == "2018-09-06"
    assert brief.date == "2018-09-04"


def test_the_event_day_in_figures_is_not_the_published_date():
    brief = briefparse.parse(BODY, reference_date=dt.date(2018, 9, 6))
    assert brief.published is None
    assert brief.date == "2018-09-04"
