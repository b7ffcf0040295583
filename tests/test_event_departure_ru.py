"""Russian verbs of departure toward a place report the journey (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


@pytest.mark.parametrize(
    "text",
    [
        "Делегация Валдории направилась в Минск на переговоры\n\nДелегация Валдории во главе с министром сельского "
        "хозяйства Павлом Маринским направилась в Минск на переговоры о поставках зерна, сообщили в министерстве. "
        "\"Министр полетел на рабочую встречу в Минск\", - сказали в пресс-службе.",
        "Министры Валдории отправились в Минск\n\nМинистры Валдории Павел Маринский и Анна Линдквист отправились во "
        "вторник в Минск, где проведут переговоры с белорусскими коллегами.",
    ],
    ids=["napravilas-na-peregovory", "otpravilis-plural"],
)
def test_a_delegation_heading_to_a_city_for_talks_is_a_visit(text):
    assert event_type(text) == "visit"


def test_a_message_sent_by_napravil_is_no_journey():
    text = (
        "Президент Валдории Павел Маринский направил поздравительное послание президенту Норландии Анне Линдквист "
        "в связи с национальным праздником."
    )
    assert event_type(text) == "statement"
