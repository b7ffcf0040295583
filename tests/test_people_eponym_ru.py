"""A Russian site named after someone ("в аэропорту имени X", "аэропорту «Z» имени X", "аэропорту города Z им. X")
holds its namesake's name: no one who took part, nor anyone the story mentions. "от имени X" (on X's behalf) is
still X's own.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

_ARRIVAL = (
    "Президент Словении Иван Дорнов прибыл с государственным визитом в Монголию.\n"
    "{} высокого гостя встретил Премьер-министр Монголии Петр Ланин.\n"
)


@pytest.mark.parametrize(
    "airport",
    [
        "В Международном аэропорту имени Степана Громова",
        'В Международном аэропорту "Ларск" имени Степана Громова',
        "В международном аэропорту города Ларск им. Степана Громова",
    ],
)
def test_the_airports_namesake_is_no_one_of_the_story(airport: str) -> None:
    brief = briefparse.parse(_ARRIVAL.format(airport))
    names = {p.name for p in brief.participants} | {p.name for p in brief.people_mentioned}
    assert {"Иван Дорнов", "Петр Ланин"} <= names
    assert not any(name and "Громов" in name for name in names)


def test_on_someones_behalf_keeps_the_name() -> None:
    text = (
        "Министр иностранных дел Словении Олег Сомов от имени Ивана Дорнова передал поздравления президенту "
        "Монголии Петру Ланину.\n"
    )
    brief = briefparse.parse(text)
    names = {p.name for p in brief.participants} | {p.name for p in brief.people_mentioned}
    assert any(name and "Дорнов" in name for name in names)
