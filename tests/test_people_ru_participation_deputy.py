"""Participants on Russian briefs invented for these tests (fictional people, real towns): one who "принимал
участие" in the reported call is a participant, and a woman titled a deputy of a person ("заместитель
губернатора Мария X") keeps her name in the nominative, not read as the governor's genitive ("Марий X")."""

from __future__ import annotations

import pytest

from briefparse import parse

CALL = (
    "Президент Иван Петров провел телефонный разговор с президентом Олегом Сидоровым. "
    "В разговоре принимал участие помощник президента Павел Козлов."
)
SESSION = "В совещании в Казани приняла участие заместитель губернатора Мария Петрова."
DEPUTY = "Заместитель министра Анна Белова провела встречу с жителями Твери."
ADVISER = "Советник президента Ивана Петрова Олег Сидоров провел встречу с жителями Твери."


def test_who_took_part_in_the_call_is_a_participant() -> None:
    brief = parse(CALL)
    assert "Павел Козлов" in [p.name for p in brief.participants]
    assert "Павел Козлов" not in [p.name for p in brief.people_mentioned or []]


@pytest.mark.parametrize(
    ("text", "name"),
    [(SESSION, "Мария Петрова"), (DEPUTY, "Анна Белова"), (ADVISER, "Иван Петров")],
)
def test_a_deputy_of_a_person_keeps_her_name(text: str, name: str) -> None:
    assert name in [p.name for p in parse(text).participants]
