"""A date in brackets right after a relative day ("cet après-midi (21/11/24)", "heute (12.03.2024)") restates
that day inside a sentence: the event's day, not a dateline, so no publication date. A dateline in brackets after
a place keeps dating the page.

The briefs are written for these tests (invented people, real countries).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Un tête-à-tête s'est tenu cet après-midi (21/11/24) à Porta Nova entre le président Paul Marin et "
        "l'ambassadeur de Norlandie, Erik Lund.",
        "Der Präsident Paul Marin hat heute (21.11.2024) in Porta Nova den Botschafter Norlandiens, Erik Lund, "
        "empfangen.",
    ],
)
def test_a_bracketed_date_after_a_relative_day_is_no_dateline(text):
    brief = briefparse.parse(text)
    assert brief.date == "2024-11-21"
    assert brief.published is None


def test_a_bracketed_date_after_a_place_still_dates_the_page():
    brief = briefparse.parse(
        "Porta Nova (21/11/2024) - Le président Paul Marin a reçu l'ambassadeur de Norlandie, Erik Lund."
    )
    assert brief.published == "2024-11-21"
