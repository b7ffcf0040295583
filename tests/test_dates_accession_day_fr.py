"""The day someone became president or was elected ("X, devenu lundi le nouveau président") is an incident the
reported meeting came after, never the meeting's day, even when the brief gives the meeting no day of its own."""

from __future__ import annotations

import datetime as dt

import briefparse

_REFERENCE = dt.date(2031, 3, 14)


def test_a_meeting_on_no_stated_day_takes_no_accession_day():
    text = (
        "Le président Karim Haddad a reçu au palais présidentiel l'émissaire du roi de Jordanie, Omar Saleh.\n"
        "Les deux hommes ont évoqué les questions régionales.\n"
        "Karim Haddad est devenu lundi le nouveau président, après deux ans de vacance du pouvoir.\n"
    )
    assert briefparse.parse(text, language="fr", reference_date=_REFERENCE).date is None


def test_the_meeting_s_own_day_still_wins_over_an_election_day():
    text = (
        "Le président Karim Haddad, élu dimanche, a reçu mercredi au palais présidentiel l'émissaire du roi de "
        "Jordanie, Omar Saleh.\n"
        "Les deux hommes ont évoqué les questions régionales.\n"
    )
    assert briefparse.parse(text, language="fr", reference_date=_REFERENCE).date == "2031-03-12"
