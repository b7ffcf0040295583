"""Russian regional heads and bodies post in the national messenger MAX, in Latin or Cyrillic look-alike capitals
("сообщил в своём канале в MAX", "написал в мессенджере МАХ"): the messenger is where the news comes from, as a
Telegram channel is; a mention of it that no one posts in is no source.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse

SIGNING = (
    "Норландская область будет сотрудничать с Валдорской\n"
    "Губернатор Норландской области Павел Марин и губернатор Валдорской области Игорь Соколов подписали "
    "соглашение о сотрудничестве регионов.\n{}"
)


def parsed_source(closing: str) -> str | None:
    """The source's name of the signing brief closed by `closing`."""
    brief = briefparse.parse(SIGNING.format(closing), reference_date=dt.date(2025, 11, 7))
    return brief.source.name if brief.source else None


@pytest.mark.parametrize(
    "closing",
    ["Об этом Павел Марин сообщил в своём канале в MAX.", "Об этом Павел Марин написал в мессенджере МАХ."],
)
def test_a_post_in_the_messenger_is_the_source(closing: str) -> None:
    assert parsed_source(closing) in {"MAX", "МАХ"}


def test_the_messenger_only_talked_about_is_no_source() -> None:
    assert parsed_source("Стороны также обсудили переход чиновников в мессенджер MAX.") is None
