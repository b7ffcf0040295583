"""A spokesman's remarks told by "высказался о …" or "прокомментировал …" are a statement, and the sentence that tells
them is the report that leads, not a later one on what the other side had said earlier.

Every brief and every person here is invented for the test.
"""

import briefparse

_TEXT = (
    "Официальный представитель МИД Норвегии Иван Дорнов высказался об интервью президента Норландии, которое тот "
    "дал журналистам из соседних стран.\n"
    "Ранее во время интервью президент Норландии отметил, что позиция соседей больше направлена в сторону третьих "
    "стран.\n"
    "\"Эта затея с интервью нам представляется сомнительной\", – сказал Иван Дорнов.\n"
)


def test_remarks_are_a_statement_that_leads():
    brief = briefparse.parse(_TEXT)
    assert brief.event_type == "statement"
    assert brief.summary_points[0].startswith("Официальный представитель МИД Норвегии Иван Дорнов высказался")
    assert "Иван Дорнов" in [p.name for p in brief.participants]


def test_commented_is_a_statement():
    text = (
        "Официальный представитель МИД Норвегии Анна Ланина прокомментировала слова норландского писателя о "
        "соседних странах. По ее словам, они не отражают официальную позицию.\n"
    )
    assert briefparse.parse(text).event_type == "statement"
