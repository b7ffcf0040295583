"""A part of the day after "d'après" written without its hyphen ("en fin d'après midi") is a time, not a
source's cue. Every brief here is invented for the test."""

import datetime as dt

import briefparse

TEXT = (
    "Le ministre des Affaires étrangères, Paul Verlaine Obé, a reçu en audience hier en fin d’après midi le ministre "
    "malien des Sports, M. Issa Koné Dandara. Les deux hommes ont évoqué la coopération sportive.\n"
)


def test_afternoon_without_hyphen_is_no_source() -> None:
    brief = briefparse.parse(TEXT, reference_date=dt.date(2021, 3, 10))
    assert brief.source is None


def test_d_apres_still_cites_a_source() -> None:
    text = TEXT.replace("Les deux hommes", "D’après la présidence, les deux hommes")
    brief = briefparse.parse(text, reference_date=dt.date(2021, 3, 10))
    assert brief.source is not None and "présidence" in brief.source.name
