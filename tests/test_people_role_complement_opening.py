"""A role noun completed by another in one phrase ("пресс-секретарь президента") is one office, not two people's
roles standing alone that the next sentences name.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse

BRIEF = (
    "Иванов подтвердил, что Смирнов и Коваль поговорили по телефону\n\n"
    "Пресс-секретарь президента Молдавии ответил на вопрос агентства\n\n"
    "КИШИНЕВ, 3 марта. /ТАСС/. Телефонный разговор президентов Молдавии и Румынии Андрея Смирнова и Виктора "
    "Коваля действительно прошел. Это подтвердил пресс-секретарь молдавского лидера Олег Иванов.\n"
)


def test_spokesman_of_the_president_in_a_standfirst_is_no_role_of_the_two_callers() -> None:
    brief = briefparse.parse(BRIEF, reference_date=dt.date(2025, 3, 3))
    assert [p.name for p in brief.participants] == ["Андрей Смирнов", "Виктор Коваль"]
    assert all("Пресс-секретарь" not in (p.role or "") for p in brief.participants)
    assert "Олег Иванов" in {p.name for p in brief.people_mentioned}


def test_two_roles_joined_by_and_still_go_to_the_pair_named_next() -> None:
    brief = briefparse.parse(
        "Le ministre russe des Affaires étrangères et son homologue français ont abordé la crise. Pavel Orlov et "
        "Jean Dumont ont échangé sur la Syrie.",
        reference_date=dt.date(2025, 3, 3),
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles == {"Pavel Orlov": "ministre russe des Affaires étrangères", "Jean Dumont": "homologue français"}
