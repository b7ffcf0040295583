"""A death told in a relative clause opened on a later noun is not the death of the name before it, and one told
right before a name in its own clause is that name's.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12))


def test_addressee_of_condolence_before_a_relative_clause_of_death_takes_part() -> None:
    brief = parse(
        "Президент Беларуси Игорь Дубравин направил соболезнование Президенту Сербии Александру Мирковичу в связи "
        "с пожаром на заводе, в результате которого погибли рабочие и представитель администрации. Об этом "
        "сообщили в пресс-службе главы государства."
    )
    assert [p.name for p in brief.participants] == ["Игорь Дубравин", "Александр Миркович"]


def test_person_named_after_a_death_verb_in_the_relative_clause_is_mourned() -> None:
    brief = parse(
        "Премьер-министр Латвии Янис Озолс выразил соболезнования эстонскому коллеге Андрусу Тамму в связи с "
        "аварией на пароме, в которой погиб министр транспорта Эстонии Пеэтер Саар."
    )
    assert [p.name for p in brief.participants] == ["Янис Озолс", "Андрус Тамм"]
    assert "Пеэтер Саар" in {p.name for p in brief.people_mentioned}


def test_death_told_right_after_the_name_is_still_the_names() -> None:
    brief = parse(
        "Президент Казахстана Серик Оспанов выразил соболезнования в связи с тем, что бывший министр "
        "Арман Жаксылыков скончался в Астане."
    )
    assert [p.name for p in brief.participants] == ["Серик Оспанов"]
