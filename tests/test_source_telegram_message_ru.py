"""A telegram sent ("говорится в телеграмме главы государства", "сообщил в телеграмме") is the message a statement
is, not the Telegram network: a network's name takes only the language's own case endings ("в Телеграме",
"в Телеграм-канале"), never a longer word it only begins.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

CONDOLENCES = (
    "Президент Норландии выразил соболезнования Валдории\n"
    "Президент Норландии Павел Марин направил телеграмму соболезнования президенту Валдории Игорю Соколову "
    "в связи с наводнением.\n"
    "«Разделяю боль утраты и желаю скорейшего выздоровления пострадавшим», — {}"
)


def parsed_source(closing: str) -> str | None:
    """The source's name of the condolence brief closed by `closing`."""
    brief = briefparse.parse(CONDOLENCES.format(closing), reference_date=dt.date(2025, 11, 7))
    return brief.source.name if brief.source else None


def test_the_telegram_sent_is_no_source() -> None:
    assert parsed_source("говорится в телеграмме главы государства.") is None


def test_the_telegram_network_declined_is_still_the_source() -> None:
    assert parsed_source("написал Павел Марин в Телеграме.") in {"Телеграм", "Телеграме"}
