"""A later Russian sentence that recalls the last or the previous occasion ("В последний раз лидеры встречались …",
"Предыдущее заседание проходило …", "В прошлый раз …") tells that occasion's day, not the event's: a brief with no
day of its own has no date, and one with a day keeps it.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

_NO_DAY = (
    "Президент Валдории Иван Дорнов принимает участие в заседании Совета Северного союза в Ларске.\n"
    "Повестка заседания состоит из 12 вопросов.\n"
    "{} 14 марта 2021 года в Норбурге.\n"
)


@pytest.mark.parametrize(
    "recall",
    [
        "В последний раз лидеры стран союза встречались на саммите",
        "Предыдущее заседание совета проходило",
        "В прошлый раз главы государств собирались",
        # the previous talk or call, its kind between ("предыдущий личный разговор", "Предыдущие переговоры")
        "Предыдущий личный разговор лидеров состоялся",
        "Предыдущий телефонный контакт между лидерами состоялся",
        "Предыдущие переговоры президентов прошли",
    ],
)
def test_the_previous_occasion_does_not_date_the_event(recall: str) -> None:
    assert briefparse.parse(_NO_DAY.format(recall)).date is None


def test_the_event_keeps_its_own_day() -> None:
    text = (
        "Президент Валдории Иван Дорнов 5 октября 2023 года принял участие в заседании Совета Северного союза в "
        "Ларске.\nВ последний раз лидеры стран союза встречались на саммите 14 марта 2021 года в Норбурге.\n"
    )
    assert str(briefparse.parse(text).date) == "2023-10-05"
