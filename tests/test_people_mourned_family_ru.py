"""Condolences addressed to someone's family ("соболезнования семье, друзьям и коллегам министра X", "родным и
близким X") are about the one mourned: X is mentioned, not a party to the statement; the sender takes part.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse

CONDOLENCES = (
    "Посол Франции выразил соболезнования в связи с гибелью министра Соколова\n"
    "Посол Франции в России Жан Дюмон выразил соболезнования в связи с гибелью министра Игоря Соколова.\n"
    "«Мои глубокие соболезнования {} министра Игоря Соколова», — говорится в заявлении Дюмона."
)


@pytest.mark.parametrize("family", ["семье, друзьям и коллегам", "родным и близким"])
def test_the_mourned_is_mentioned(family: str) -> None:
    brief = briefparse.parse(CONDOLENCES.format(family), reference_date=dt.date(2025, 3, 3))
    assert [p.name for p in brief.participants] == ["Жан Дюмон"]
    assert "Игорь Соколов" in [p.name for p in brief.people_mentioned]
