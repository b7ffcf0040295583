"""A page's grid of days without their year, each on a line of its own (a programme guide's "Samedi 13 juillet" /
"Dimanche 14 juillet" / …), above the brief: the days of the page's widget, neither the brief's publication day nor
its event's. A dateline without its year under a full stamp is no such grid.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

GRID = "PROGRAMMES\nSamedi 13 juillet\nDimanche 14 juillet\nLundi 15 juillet\nMardi 16 juillet\nAujourd'hui\n"
BRIEF = (
    "Valdoria : visite du Premier ministre en Lorenia\n\n"
    "Le Premier ministre valdorien, Paul Marin, effectue du 2 au 6 mars une visite officielle en Lorenia, où il "
    "s'entretiendra avec son homologue Erik Lund."
)


def test_a_grid_of_days_without_their_year_neither_dates_nor_publishes_the_brief():
    brief = briefparse.parse(GRID + "\n" + BRIEF, reference_date=dt.date(2015, 3, 2))
    assert brief.date == "2015-03-02"
    assert brief.published is None


def test_a_yearless_dateline_under_a_full_stamp_still_publishes_the_brief():
    text = (
        "2017-11-03 08:01 | Valdo Press\n\nPorta Nova, Valdoria, Nov. 3\n\n"
        "Le président valdorien Paul Marin a reçu mardi à Porta Nova le Premier ministre lorenien Erik Lund, pour "
        "des entretiens sur la coopération bilatérale."
    )
    brief = briefparse.parse(text)
    assert brief.published == "2017-11-03"
    assert brief.date == "2017-10-31"
