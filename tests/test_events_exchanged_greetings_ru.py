"""Russian "обменялись поздравлениями" (exchanged greetings) tells what the parties did: the sentence reports the
event, so its two named parties take part, rather than a later sentence that only recalls an earlier visit.

Every brief and every person here is invented for the test.
"""

import briefparse

_TEXT = (
    "12 декабря состоялся телефонный разговор президентов Словении и Монголии.\n"
    "Иван Дорнов и Петр Ланин обменялись тёплыми поздравлениями с наступающим Новым годом, сообщает пресс-служба.\n"
    "Обсуждены вопросы двусторонней повестки, в том числе реализация договорённостей, достигнутых по итогам "
    "государственного визита Президента Монголии в Словению в мае 2019 года.\n"
)


def test_the_greeting_parties_take_part() -> None:
    brief = briefparse.parse(_TEXT)
    names = [p.name for p in brief.participants]
    assert "Иван Дорнов" in names and "Петр Ланин" in names
    assert brief.event_type == "phone_call"


def test_a_lead_told_by_offices_alone_takes_the_next_sentences_named_pair() -> None:
    names = [
        p.name for p in briefparse.parse("Телефонный разговор президентов Словении и Монголии\n\n" + _TEXT).participants
    ]
    assert "Иван Дорнов" in names and "Петр Ланин" in names
