"""A standfirst printed without its stop above the dateline's paragraph is not the lead: the story opens at its
dateline, whose first sentence reports the event.

Every brief and every person here is invented for the test.
"""

import briefparse


def test_ru_the_unstopped_standfirst_above_the_dateline_does_not_lead():
    text = (
        "Петров и Сидоров обсудили торговлю\n\n"
        "Подписаться\n"
        "Разговор носил деловой характер, министры высказались за организацию личной встречи летом, сообщили в "
        "правительстве\n\n"
        "МИНСК, 3 мая — Новости. Премьер-министр Беларуси Иван Петров и премьер-министр Казахстана Арман Сидоров "
        "провели во вторник переговоры по телефону, стороны обсудили торговлю и транспорт.\n\n"
        "Стороны также условились продолжить контакты."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Премьер-министр Беларуси Иван Петров")


def test_ru_a_stopped_sentence_above_the_dateline_may_still_lead():
    text = (
        "Петров и Сидоров обсудили торговлю\n\n"
        "Премьер-министры Беларуси и Казахстана Иван Петров и Арман Сидоров провели переговоры по телефону.\n\n"
        "МИНСК, 3 мая — Новости. Стороны обсудили торговлю и транспорт, сообщили в правительстве."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Премьер-министры Беларуси и Казахстана")
