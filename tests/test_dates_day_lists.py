"""A list of days sharing a month ("les 10, 11 et 12 juillet") and a range told with "entre … et …" are one span,
dated by its first day, in every language. Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse

FIRST_DAY = "2019-07-10"


@pytest.mark.parametrize(
    "text",
    [
        "Le président Karim Diallo effectuera les 10, 11 et 12 juillet 2019 une visite d'Etat à Rome, à l'invitation"
        " de son homologue Marco Rossi.",
        "El presidente Karim Diallo realizará los días 10, 11 y 12 de julio de 2019 una visita de Estado a Roma,"
        " invitado por su homólogo Marco Rossi.",
        "Bundespräsident Karl Huber wird am 10., 11. und 12. Juli 2019 den Präsidenten Marco Rossi zu einem"
        " Staatsbesuch in Wien empfangen.",
        "Президент Карим Диалло посетит Рим с государственным визитом 10, 11 и 12 июля 2019 года по приглашению"
        " Марко Росси.",
        "President Karim Diallo will pay a state visit to Rome on July 10, 11 and 12, 2019, at the invitation of his"
        " counterpart Marco Rossi.",
        "President Karim Diallo will pay a state visit to Rome on July 10, 11, and 12, 2019, at the invitation of his"
        " counterpart Marco Rossi.",
        "President Karim Diallo will pay a state visit to Rome on 10, 11 and 12 July 2019, at the invitation of his"
        " counterpart Marco Rossi.",
    ],
)
def test_a_list_of_days_is_dated_by_its_first_day(text: str) -> None:
    assert briefparse.parse(text).date == FIRST_DAY


def test_a_list_of_four_days_is_dated_by_its_first_day() -> None:
    text = (
        "Le président Karim Diallo effectuera les 9, 10, 11 et 12 juillet 2019 une visite d'Etat à Rome, à"
        " l'invitation de son homologue Marco Rossi."
    )
    assert briefparse.parse(text).date == "2019-07-09"


@pytest.mark.parametrize(
    "text",
    [
        "Le président Karim Diallo effectuera entre le 10 et le 12 juillet 2019 une visite d'Etat à Rome, à"
        " l'invitation de son homologue Marco Rossi.",
        "Bundespräsident Karl Huber wird zwischen dem 10. und dem 12. Juli 2019 den Präsidenten Marco Rossi zu einem"
        " Staatsbesuch in Wien empfangen.",
        "Bundespräsident Karl Huber wird vom 10. bis zum 12. Juli 2019 den Präsidenten Marco Rossi zu einem"
        " Staatsbesuch in Wien empfangen.",
    ],
)
def test_a_range_repeating_its_article_is_dated_by_its_first_day(text: str) -> None:
    assert briefparse.parse(text).date == FIRST_DAY


def test_a_year_after_a_list_of_numbers_is_no_range() -> None:
    text = (
        "Foreign Minister Anna Kowalczyk met her Slovak counterpart Peter Hlinka on July 18 in Warsaw, after talks"
        " held on 2 May and 30 June."
    )
    assert briefparse.parse(text, reference_date=dt.date(2019, 7, 20)).date == "2019-07-18"
