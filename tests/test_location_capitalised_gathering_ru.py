"""A gathering's noun written with a capital after a place preposition ("в Саммите «…» в Валграде", "на Форуме
регионов в Порте") names the gathering, never its place, even when a town of that name is known: the place is the
one after it.

Every brief here is invented for the test; the cities are real.
"""

import briefparse


def test_a_capitalised_summit_is_no_place() -> None:
    text = (
        "В рамках участия в Саммите «Север – Юг» в Эр-Рияде президент Валдории Павел Марин провел переговоры с "
        "президентом Норландии Карлом Вестером.\n"
        "Стороны обсудили перспективы двустороннего сотрудничества."
    )
    assert briefparse.parse(text).location == "Эр-Рияде"


def test_a_capitalised_forum_is_no_place() -> None:
    text = (
        "На Форуме регионов в Гродно президент Валдории Павел Марин встретился с премьер-министром Норландии Карлом "
        "Вестером.\n"
        "Стороны обсудили перспективы двустороннего сотрудничества."
    )
    assert briefparse.parse(text).location == "Гродно"
