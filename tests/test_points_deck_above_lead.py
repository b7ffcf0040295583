"""A line above the lead printed without a stop (a subhead or a repeated headline) restates the story: it ranks
below the body's own sentences."""

import datetime as dt

import briefparse

_BRIEF = (
    "Марин встретился с Далем\n\n"
    "Министр Павел Марин и глава МИД Норланда Ларс Даль провели переговоры в Порт-Вальдоре\n\n"
    "Министр иностранных дел Павел Марин провел переговоры со своим норландским коллегой Ларсом Далем. "
    "Министры встретились в здании правительства, сообщает агентство Северные вести.\n\n"
    "По данным агентства, беседа продлилась около часа. Стороны обсудили торговлю и транспортные коридоры. "
    "Даль пригласил Марина посетить Норланд с ответным визитом. Марин принял приглашение.\n"
)


def test_ru_a_subhead_above_the_lead_gives_way_to_the_body() -> None:
    points = briefparse.parse(_BRIEF, reference_date=dt.date(2024, 5, 8)).summary_points
    assert points[0].startswith("Министр иностранных дел Павел Марин провел")
    assert not any(p.startswith("Министр Павел Марин и глава МИД") for p in points)
