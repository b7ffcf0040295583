"""A day of the month right after a participle that sets an occasion on it ("the forum scheduled for March 24",
"les pourparlers programmés pour le 24 mars", "el foro fijado para el 24 de marzo", "форум, запланированный на
24 марта") is the day of that coming occasion: it neither gives the weekday of the meeting told beside it its year
nor dates that meeting. With no year and no reference date the meeting's date stays unknown; with a reference date
the weekday still names the meeting's day, and a brief about the scheduled occasion itself is still dated by it.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "President Anna Kell met Foreign Minister Tom Varga on Tuesday to prepare the forum scheduled for March "
        "24.\nThe talks dealt with trade.",
        "President Anna Kell met Foreign Minister Tom Varga on Tuesday to prepare the forum due on March 24.\nThe "
        "talks dealt with trade.",
        "President Anna Kell met Foreign Minister Tom Varga on Tuesday to prepare the forum set for March 24.\nThe "
        "talks dealt with trade.",
        "President Anna Kell met Foreign Minister Tom Varga on Tuesday to prepare the forum to be held on March "
        "24.\nThe talks dealt with trade.",
        "Le président Paul Danso a reçu mardi le ministre Marc Orel pour préparer les pourparlers programmés pour "
        "le 24 mars.\nL'entretien a porté sur le commerce.",
        "Le président Paul Danso a reçu mardi le ministre Marc Orel pour préparer le forum fixé au 24 mars.\n"
        "L'entretien a porté sur le commerce.",
        "El presidente Paul Danso recibió el martes al canciller Marc Orel para preparar el foro previsto para el "
        "24 de marzo.\nLa reunión abordó el comercio.",
        "El presidente Paul Danso recibió el martes al canciller Marc Orel para preparar el foro fijado para el 24 "
        "de marzo.\nLa reunión abordó el comercio.",
        "Präsident Paul Danso empfing am Dienstag Außenminister Marc Orel zur Vorbereitung des Forums, angesetzt "
        "für den 24. März.\nDas Gespräch drehte sich um den Handel.",
        "Президент Павел Данко принял во вторник министра Марка Орела перед форумом, запланированным на 24 марта.\n"
        "Стороны обсудили торговлю.",
    ],
)
def test_a_scheduled_day_does_not_date_the_weekday(text):
    assert briefparse.parse(text).date is None


def test_the_reference_date_still_dates_the_weekday():
    brief = briefparse.parse(
        "President Anna Kell met Foreign Minister Tom Varga on Tuesday to prepare the forum scheduled for March "
        "24.\nThe talks dealt with trade.",
        reference_date=dt.date(2025, 3, 6),
    )
    assert brief.date == "2025-03-04"


def test_a_day_the_weekday_is_written_with_still_dates_it():
    brief = briefparse.parse(
        "President Anna Kell met Foreign Minister Tom Varga on Tuesday, March 4, to prepare the forum scheduled "
        "for March 24.\nThe talks dealt with trade."
    )
    assert brief.date is not None and brief.date.endswith("-03-04")


def test_a_brief_about_the_scheduled_occasion_is_dated_by_it():
    brief = briefparse.parse(
        "The Valdora–Norland summit, scheduled for March 24, 2026, will take place in Arden.\nThe two presidents "
        "are expected to sign a trade pact.",
    )
    assert brief.date == "2026-03-24"
