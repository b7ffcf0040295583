"""A paragraph that reports the event, printed by the page without its stop ("… прибыл в Москву с официальным
визитом, сообщает агентство"), is still the brief's lead point, ahead of a later sentence that names an event.

Every brief and every person here is invented for the test.
"""

import briefparse

_BRIEF = (
    "Министр иностранных дел Финляндии прибыл в Москву\n\n"
    "Министр иностранных дел Финляндии Юхани Лаксо прибыл в Москву с официальным визитом, сообщает агентство "
    "Вестник\n\n"
    "Самолет министра приземлился в аэропорту Внуково.\n\n"
    "Как ранее сообщил представитель МИД Арман Сейтов, в Москве Лаксо проведет переговоры с российским коллегой.\n"
)


def test_a_paragraph_without_its_stop_leads():
    points = briefparse.parse(_BRIEF).summary_points
    assert points[0].startswith("Министр иностранных дел Финляндии Юхани Лаксо прибыл в Москву")


def test_a_short_line_without_its_stop_does_not_lead():
    brief = "Визит в Москву\n\n" + _BRIEF.split("\n\n", 1)[1].replace(
        "Министр иностранных дел Финляндии Юхани Лаксо прибыл в Москву с официальным визитом, сообщает агентство "
        "Вестник", "Лаксо прибыл с визитом"
    )
    points = briefparse.parse(brief).summary_points
    assert not points[0].startswith("Лаксо прибыл с визитом")
