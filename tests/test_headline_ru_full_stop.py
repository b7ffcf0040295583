"""Russian headlines never close on a full stop: a short first line that does is the body's first sentence, so a
brief with no headline has no title and leads with that sentence; a first line without the stop stays the headline.

Every brief here is invented for the test.
"""

import briefparse


def test_a_short_russian_first_sentence_is_no_headline_and_leads() -> None:
    text = (
        "Президент Валдории Карл Фогт провел телефонный разговор с премьер-министром Норландии Павлом Мариным.\n"
        "Об этом сообщила пресс-служба президента.\n"
        "Стороны обсудили вопросы торгово-экономического сотрудничества и подготовку предстоящего визита."
    )
    brief = briefparse.parse(text)
    assert brief.title is None
    assert brief.summary_points[0].startswith("Президент Валдории Карл Фогт провел телефонный разговор")


def test_a_russian_first_line_without_a_stop_stays_the_headline() -> None:
    text = (
        "Карл Фогт провел телефонный разговор с Павлом Мариным\n\n"
        "Президент Валдории Карл Фогт в понедельник провел телефонный разговор с премьер-министром Норландии "
        "Павлом Мариным. Стороны обсудили вопросы торгово-экономического сотрудничества."
    )
    brief = briefparse.parse(text)
    assert brief.title == "Карл Фогт провел телефонный разговор с Павлом Мариным"
    assert brief.summary_points[0].startswith("Президент Валдории Карл Фогт в понедельник провел")


def test_a_russian_first_sentence_the_next_paragraph_restates_is_no_headline() -> None:
    text = (
        "Премьер-министр Карл Фогт принял постоянного докладчика Совета Норландии по делам Валдории Павла Марина.\n"
        "Премьер-министр высоко оценил деятельность докладчика по делам Валдории господина Марина и сотрудничество с "
        "Советом Норландии, которое вытекает из повестки реформ правительства. Карл Фогт подчеркнул важность "
        "посреднических усилий Норландии по достижению мира в регионе.\n"
        "Собеседники обменялись мнениями о ходе реформ."
    )
    brief = briefparse.parse(text)
    assert brief.title is None
    assert brief.summary_points[0].startswith("Премьер-министр Карл Фогт принял")
