"""Two Russian names in one capitalised run, a fronted phrase's and the subject's ("В ходе переговоров с главой МИД
Иваном Петровым Маринов отметил"): the dictionary reads the first in the instrumental and the word after it in no
such case, so they are two people. The briefs are written for these tests; every person in them is invented."""

import briefparse


def test_fronted_name_in_the_instrumental_and_the_subject_are_two_people():
    text = (
        "Душанбе, 19 мая. Таджикистан готовится к визиту делегации Норландии, сообщил глава МИД республики Тимур "
        "Маринов.\n\nВ ходе переговоров с главой МИД России Иваном Петровым Маринов отметил, что делегация "
        "прибудет в декабре."
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Иван Петров" in names
    assert not any(name and name.endswith("Маринов") and "Петров" in name for name in names)


def test_foreign_name_in_the_instrumental_stays_whole():
    text = "Министр иностранных дел Казахстана Павел Маринов встретился в Гамбурге с Нишой Десаи Бисвал."
    names = [p.name for p in briefparse.parse(text).participants]
    assert any(name and "Бисвал" in name and "Десаи" in name for name in names)
