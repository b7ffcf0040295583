"""A count of days gone by ("il y a deux jours", "two days ago", "hace dos días", "vor zwei Tagen", "два дня назад"),
in words or in figures, is read against the anchor, as CLDR's relative-time phrases write it. Every brief here is
invented for the test."""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Yaoundé, 12 janv. 2022 (CRTV) - Le Premier ministre, Jean Nkolo, a reçu il y a deux jours le représentant de"
        " la Banque mondiale, Peter Grant.",
        "LONDON, Jan 12, 2022 (Reuters) - Prime Minister John Nkolo received World Bank representative Peter Grant two"
        " days ago.",
        "Madrid, 12 ene 2022 (EFE).- El primer ministro Juan Nkolo recibió hace dos días al representante del Banco"
        " Mundial, Peter Grant.",
        "Berlin, 12. Januar 2022 (dpa) - Ministerpräsident Hans Nkolo hat vor zwei Tagen den Vertreter der Weltbank,"
        " Peter Grant, empfangen.",
        "МОСКВА, 12 января 2022 года (ТАСС). Премьер-министр Иван Нколо два дня назад принял представителя Всемирного"
        " банка Петра Гранта.",
    ],
)
def test_two_days_ago_counts_back_from_the_dateline(text: str) -> None:
    assert briefparse.parse(text).date == "2022-01-10"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Le Premier ministre, Jean Nkolo, a reçu il y a trois jours le représentant de la Banque mondiale, Peter"
            " Grant.",
            "2022-01-09",
        ),
        (
            "Prime Minister John Nkolo received World Bank representative Peter Grant 5 days ago in London.",
            "2022-01-07",
        ),
    ],
)
def test_days_ago_count_back_from_the_reference(text: str, day: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2022, 1, 12)).date == day
