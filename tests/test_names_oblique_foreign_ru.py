"""Foreign names in a Russian oblique case other than the instrumental: a word that lacks every ending of the case
and reads as a nominative does not decline ("президенту … Илиру Бета", "посла … Чжан Лиминя"), while a first name
the dictionary knows to decline stays a nominative ("И. о. Президента Валерий Кабба").

The people and sentences are invented for the test.
"""

import briefparse
from briefparse.lang.ru_names import name_in_nominative


def test_an_undeclined_word_beside_a_declined_name() -> None:
    assert name_in_nominative("Илиру Бета", "президенту Латвии") == "Илир Бета"
    assert name_in_nominative("Чжан Лиминя", "посла Китая") == "Чжан Лиминь"


def test_a_known_first_name_in_the_nominative_is_not_an_undeclined_word() -> None:
    assert name_in_nominative("Валерий Кабба", "И. о. Президента") == "Валерий Кабба"


def test_the_addressee_of_a_telegram_is_named_in_the_nominative() -> None:
    text = (
        "Президент Эстонии Иван Дорн сегодня направил телеграмму соболезнования президенту Латвии Илиру Бета "
        "в связи с наводнением. Дорн пожелал семьям погибших мужества."
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Илир Бета" in names
