"""A rank in its short form before an officer's name ("du Lt/Col X", "du Lt-Col Y") is a title, no part of the
name. Every brief here is invented for the test."""

import datetime as dt

import briefparse


def test_short_ranks_are_titles() -> None:
    text = (
        "Le président Jean Kodjo a été reçu ce mercredi 3 mars 2021 au palais par son homologue Paul Amara. "
        "La délégation est composée du Lt/Col Issa Traoré, ministre de la Sécurité, et du Lt-Col Ali Koné, "
        "ministre de la Défense."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2021, 3, 3))
    names = [p.name for p in brief.participants]
    assert "Issa Traoré" in names
    assert "Ali Koné" in names
