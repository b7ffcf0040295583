"""A president's aide ("помощник президента") who tells of talks between two others reports them, as a press
secretary does: mentioned, not a participant. One named after a cue of who is present ("во встрече принимают участие
помощник президента X") takes part.

Every brief and every person here is invented for the test.
"""

import briefparse

_CALL = (
    "Президент Норвегии Иван Дорнов провел телефонный разговор с президентом Финляндии Петром Ланиным. "
    "Пресс-секретарь Сергей Волков подтвердил, что разговор состоялся. "
    "Об итогах беседы сообщит помощник президента Юрий Кравцов.\n"
)
_MEETING = (
    "Президент Норвегии Иван Дорнов встретился с президентом Финляндии Петром Ланиным. "
    "Во встрече с норвежской стороны принимают участие помощник президента Юрий Кравцов и министр финансов "
    "Олег Седов.\n"
)


def test_aide_who_reports_is_mentioned():
    brief = briefparse.parse(_CALL)
    assert "Юрий Кравцов" not in [p.name for p in brief.participants]
    assert "Юрий Кравцов" in [p.name for p in brief.people_mentioned]


def test_aide_named_among_those_present_takes_part():
    assert "Юрий Кравцов" in [p.name for p in briefparse.parse(_MEETING).participants]
