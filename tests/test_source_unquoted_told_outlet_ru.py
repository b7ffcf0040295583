"""The outlet told between a Russian cue and the body it cites may stand unquoted, by its acronym or its site's
domain ("Как сообщили НТВ в пресс-службе …", "сообщили Северу.RU в пресс-службе …"), as it does in quotes: the body
after the cue's link is still found as the source.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

_BRIEF = (
    "Губернатор встретился с послом\n\n"
    "Сегодня губернатор Северной области Олег Чернов встретился с послом Финляндии Микко Лааксоненом. Как "
    "сообщили {} в пресс-службе главы региона, стороны обсудили вопросы сотрудничества.\n"
)


@pytest.mark.parametrize("outlet", ["«Северу»", "НТВ", "Северу.RU", "Северу.ru"])
def test_the_body_cited_after_an_outlet_told_is_the_source(outlet: str) -> None:
    source = briefparse.parse(_BRIEF.format(outlet)).source
    assert source is not None and source.name == "пресс-служба главы региона"


def test_a_person_told_is_no_outlet_and_cites_no_body() -> None:
    text = (
        "Губернатор Северной области Олег Чернов встретился с послом Финляндии Микко Лааксоненом. Об итогах "
        "сообщили Петрову в понедельник.\n"
    )
    source = briefparse.parse(text).source
    assert source is None or "понедельник" not in source.name
