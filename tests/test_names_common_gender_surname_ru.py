"""A surname the Russian dictionary gives to men and women alike (its gender "ms-f", as "Обама") puts a man's name in
the nominative in every case ("Бараку Обаме", "Барака Обамы" → "Барак Обама"), as a surname of one gender does.

The sentence here is invented for the test.
"""

import briefparse
from briefparse.lang.ru_names import name_in_nominative


def test_a_common_gender_surname_declined_with_a_man_s_first_name():
    assert name_in_nominative("Бараку Обаме") == "Барак Обама"
    assert name_in_nominative("Барака Обамы") == "Барак Обама"


def test_the_addressee_of_a_telegram_is_named_in_the_nominative():
    text = (
        "Президент Валдории Иван Дорн направил Бараку Обаме телеграмму с соболезнованиями в связи с трагедией. "
        "В телеграмме выражены слова поддержки."
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Барак Обама" in names
