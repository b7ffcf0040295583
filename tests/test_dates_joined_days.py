"""Two full dates a range word joins, days apart ("am Montag, 1. Juli, und Dienstag, 2. Juli 2019"), are one span
dated by its first day, with the second's year. Every brief here is invented for the test."""


import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Wien (OTS) - Bundespräsident Karl Huber wird am Montag, 1. Juli, und Dienstag, 2. Juli 2019, den Präsidenten"
        " Marco Rossi zu einem zweitägigen Staatsbesuch in Wien empfangen.",
        "President Karim Diallo will receive his counterpart Marco Rossi on Monday, July 1, and Tuesday, July 2, 2019,"
        " for a state visit to Vienna.",
        "Le président Karim Diallo recevra son homologue Marco Rossi le lundi 1er juillet et le mardi 2 juillet 2019"
        " pour une visite d'Etat à Vienne.",
    ],
)
def test_two_joined_days_are_dated_by_the_first(text: str) -> None:
    assert briefparse.parse(text).date == "2019-07-01"


def test_joined_days_weeks_apart_stay_two_days() -> None:
    text = (
        "Le ministre Jean Petit a reçu le 2 juin 2019 son homologue Marco Rossi, avant les entretiens du 10 juin et"
        " du 30 juin 2019."
    )
    assert briefparse.parse(text).date == "2019-06-02"
