"""Participants named by surname alone right after a title, whose surname a dictionary also reads as a common noun
("Президент Лесников": "лесников" is a plural of "лесник"), and the limits of that reading: a word the brief also
writes in lower case, an adjective of a region, a place the gazetteer knows.

Every brief and every person here is invented for the test; the countries and cities are real.
"""

import datetime as dt

import briefparse


def participants(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2023, 5, 10)).participants]


def test_ru_surname_read_as_a_common_noun_after_a_title_is_a_name():
    text = (
        "Минск, 4 марта. Президент Лесников прибыл в Астану с официальным визитом. "
        "Стороны обсудили вопросы торгового сотрудничества и транспорта."
    )
    assert "Лесников" in participants(text)


def test_ru_titled_surname_and_the_full_name_elsewhere_are_one_person():
    text = (
        "Минск, 4 марта. Президент Борцов прибыл в Астану с официальным визитом. "
        "Ранее визиты Игоря Борцова в Казахстан проходили ежегодно."
    )
    names = participants(text)
    assert "Игорь Борцов" in names
    assert "Борцов" not in names


def test_ru_word_the_brief_writes_in_lower_case_is_no_surname():
    text = (
        "Минск, 4 марта. Президент Лесников прибыл в Астану. Встречу организовали лесников союз и "
        "министерство; лесников наградили."
    )
    assert "Лесников" not in participants(text)


def test_ru_region_adjective_after_a_group_noun_is_no_surname():
    text = (
        "Курган, 4 марта. Делегация Курганской области прибыла в Костанай. "
        "Делегацию возглавляет губернатор области Игорь Борцов."
    )
    names = participants(text)
    assert "Курганской" not in names
    assert "Игорь Борцов" in names
