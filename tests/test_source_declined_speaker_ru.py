"""The document of one who takes part, named in a declined form ("говорится в заявлении Дюмона" for Жан Дюмон), is
what he said, not where the brief got it: the speaker is no source, whatever case his name takes.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

STATEMENT = (
    "Посол Франции осудил нападение на журналистов\n"
    "Посол Франции в России Жан Дюмон осудил нападение на журналистов в Москве.\n"
    "«Свобода прессы должна быть защищена», — говорится в заявлении {}."
)


def parsed_source(owner: str) -> str | None:
    """The source's name of the statement brief whose closing document is `owner`'s."""
    brief = briefparse.parse(STATEMENT.format(owner), reference_date=dt.date(2025, 3, 3))
    return brief.source.name if brief.source else None


def test_the_speaker_declined_is_no_source() -> None:
    assert parsed_source("Дюмона") is None
    assert parsed_source("Жана Дюмона") is None


def test_a_press_office_of_the_speaker_is_still_the_source() -> None:
    assert parsed_source("пресс-службы посольства Франции") is not None
