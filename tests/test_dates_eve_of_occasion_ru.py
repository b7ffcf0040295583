"""Dates on briefs invented for these tests (fictional people, real countries): "накануне" before the noun of an
occasion ("накануне заседания", "накануне переговоров") is the eve of that occasion, a preposition, no day counted
back from the dispatch's; alone, it stays the day before."""

from __future__ import annotations

from briefparse import parse


def test_the_eve_of_a_session_is_no_day_before_the_dateline() -> None:
    text = (
        "Бишкек, 30 июня 2025 года. /Кабар/. Министр иностранных дел Армении Арсен Погосян и министр иностранных "
        "дел Грузии Нино Беридзе обсудили сотрудничество.\n\n"
        "Встреча состоялась в Чолпон-Ате накануне заседания Совета министров иностранных дел СНГ."
    )
    assert parse(text, language="ru").date == "2025-06-30"


def test_nakanune_alone_is_the_day_before() -> None:
    text = (
        "Бишкек, 30 июня 2025 года. /Кабар/. Министр иностранных дел Армении Арсен Погосян накануне встретился "
        "в Чолпон-Ате с министром иностранных дел Грузии Нино Беридзе."
    )
    assert parse(text, language="ru").date == "2025-06-29"
