"""Sources and places in German, Spanish and Russian briefs, from a second wild sample of these languages.

The briefs are written for these tests; names and places are made up.
"""

import pytest

import briefparse


def _source_name(text: str) -> str | None:
    source = briefparse.parse(text).source
    return source.name if source else None


SOURCES = {
    # a Russian brief that only reports its spokesman's words cites no source: he is the one who speaks
    "speaking-spokesman": (
        "Песков: Гордеев проведет в пятницу несколько международных телефонных разговоров\n\n"
        "Президент Варнии Павел Гордеев планирует провести несколько международных телефонных разговоров, "
        "сообщил пресс-секретарь главы государства Олег Песков.\n"
        "«Во второй половине дня ожидаются международные разговоры», – сказал Песков журналистам.\n",
        None,
    ),
    # one who reports a meeting he did not take part in is its source ("Об этом рассказал …")
    "told-of-meeting": (
        "Президент Варнии Павел Гордеев встретился с коллегой из Молдании Ильёй Сорокиным. Об этом рассказал "
        "пресс-секретарь президента Варнии Олег Песков.\n"
        "По его словам, беседа двух лидеров прошла в Кремле.\n",
        "пресс-секретарь президента Варнии Олег Песков",
    ),
}


@pytest.mark.parametrize("case", sorted(SOURCES))
def test_source(case: str) -> None:
    text, expected = SOURCES[case]
    assert _source_name(text) == expected
