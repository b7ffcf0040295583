"""Location on Russian briefs invented for these tests (fictional people, real cities): an institution's seat named by
its noun, right beside the verb that holds the event ("В МИД РФ состоялась встреча", "в Исполнительном комитете СНГ
в Минске прошло заседание", "беседы, прошедшей в Совете министров"), places the event there, without the city the
phrase adds, over a city another sentence names (an envoy's post, where envoys are accredited)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 2, 10)).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В МИД РФ состоялась встреча министра Павла Орлова с послами\n\n"
            "В МИД РФ состоялась встреча министра иностранных дел Павла Орлова с послами ряда государств, "
            "аккредитованными в Москве. Стороны обсудили подготовку к сессии.",
            "МИД РФ",
        ),
        (
            "Премьер Иван Петров встретился с послом Анной Вестер\n\n"
            "Премьер Иван Петров встретился с послом Анной Вестер по случаю начала ее миссии в Софии. В рамках "
            "беседы, прошедшей в Совете министров, стороны обсудили двусторонние отношения.",
            "Совете министров",
        ),
        (
            "В штаб-квартире СНГ прошло заседание совета\n\n"
            "10 февраля в Исполнительном комитете СНГ в Минске прошло заседание совета постоянных представителей. "
            "Участники обсудили подготовку к встрече в Минске.",
            "Исполнительном комитете СНГ",
        ),
    ],
)
def test_a_seat_the_verb_of_holding_stands_beside_is_the_place(text: str, expected: str) -> None:
    assert place(text) == expected


def test_a_seat_that_only_reports_is_not_the_place() -> None:
    text = (
        "Министр Павел Орлов провел переговоры с министром Яном Вестером в Минске. "
        "В МИД РФ сообщили, что стороны обсудили двусторонние отношения."
    )
    assert place(text) == "Минске"


def test_a_participle_inside_the_noun_phrase_takes_no_seat() -> None:
    text = (
        "Министр Павел Орлов встретился с министром Яном Вестером в Минске. "
        "На прошедшей в МИД встрече министры обсудили ситуацию, сообщили в ведомстве."
    )
    assert place(text) == "Минске"
