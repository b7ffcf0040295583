"""A Russian posted role or mission in any of its cases ("временным поверенным в делах Франции в Беларуси", "с
генеральным консульством КНР в Иркутске") makes the place after it and its country the post, not where the event was
(briefs written for these tests, invented names); a place the event's sentence gives apart from the post stays."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Министр иностранных дел Олег Ветров встретился с новым руководителем миссии Франции\n\n12 марта состоялась "
        "встреча Министра иностранных дел Олега Ветрова и нового Временного Поверенного в делах Франции в Беларуси "
        "Пьера Лорана. Стороны обсудили двусторонние отношения.",
        "Губернатор Олег Ветров провел рабочую встречу с вновь назначенным генеральным консулом Китайской Народной "
        "Республики в Иркутске госпожой Ли Мэй. С генеральным консульством КНР в Иркутске у правительства области "
        "давно сложились добрые отношения.",
        "Министр Олег Ветров принял временную поверенную в делах Швеции в Минске Анну Лиднер. Стороны обсудили "
        "вопросы сотрудничества.",
    ],
    ids=["charge-genitive", "consulate-instrumental", "charge-feminine"],
)
def test_a_post_in_any_case_is_no_place(text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2025, 3, 13)).location is None


def test_the_place_of_the_event_stays() -> None:
    text = (
        "Губернатор Олег Ветров в среду в Иркутске встретился с генеральным консулом Китая Ли Мэй. Стороны обсудили "
        "вопросы сотрудничества."
    )
    assert briefparse.parse(text, reference_date=dt.date(2025, 3, 13)).location == "Иркутске"
