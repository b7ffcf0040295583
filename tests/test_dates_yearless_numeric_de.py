"""A day and its month in figures closed by full stops, with no year ("am 29.03."), after a word that makes it a
date: the day of the month nearest before the reference date, not the page's stamp.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def test_a_yearless_day_in_figures_after_its_cue_is_the_event_s():
    text = (
        "Vogt in Lirnau empfangen\n\nerstellt am\n30. 03. 17\n\n"
        "Lirnau (lpd) - Zum ersten Mal wurde am 29.03. Bundespräsident Karl Vogt von der Landesregierung im "
        "Landhaus empfangen."
    )
    assert briefparse.parse(text, reference_date=dt.date(2017, 3, 30)).date == "2017-03-29"


def test_figures_closed_by_full_stops_without_a_cue_are_no_date():
    text = "Die Version 2.03. der Software erschien. Bundespräsident Karl Vogt empfing am Dienstag den Landeshauptmann."
    assert briefparse.parse(text, reference_date=dt.date(2017, 3, 30)).date == "2017-03-28"
