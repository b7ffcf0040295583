"""A stopped standfirst above the dateline yields the lead to the story's own first report when that report names a
party and tells the brief's kind of event; a report that names no one leaves the standfirst the lead.

Every brief and every person here is invented for the test.
"""

import briefparse


def test_de_the_standfirst_yields_to_the_dateline_report() -> None:
    text = (
        "Dahl telefoniert mit Marin\n\n"
        "Während ihrer Reise nach Kessel telefoniert die Außenministerin mit ihrem Kollegen in Port-Valdor.\n\n"
        "Berlin (dpa) - Außenministerin Lena Dahl hat erstmals seit einem Jahr mit dem norländischen Außenminister "
        "Paul Marin telefoniert. Dabei sei es vor allem um Konsularfälle gegangen, teilte das Amt mit."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Außenministerin Lena Dahl hat erstmals")


def test_ru_a_dateline_alone_opens_the_story_after_a_caption_sentence() -> None:
    text = (
        "Петров провел беседу с Сидоровым\n\n"
        "Премьер Иван Петров и президент Арман Сидоров во время встречи в Минске.\n\n"
        "МИНСК, 3 мая — Новости.\n\n"
        "Премьер Иван Петров провел в понедельник беседу с президентом Арманом Сидоровым, сообщили в правительстве. "
        "Стороны обсудили торговлю и транспорт."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Премьер Иван Петров провел")
