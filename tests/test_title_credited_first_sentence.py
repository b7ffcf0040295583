"""A text that opens on a short sentence closed by its stop and, before it, by the credit of who told it ("Президент X
принял послов Y и Z, передает пресс-служба."), has no headline: the sentence is the body's first, and the lead.
A short headline without a stop over the body is still read as the headline.

Every brief and every person here is invented for the test.
"""

import briefparse

_BODY = (
    "В ходе беседы с послом Норландии Петером Ланге Глава государства отметил важность предстоящего визита.\n"
    "Кроме того, были обсуждены перспективы двустороннего стратегического партнерства и торговли.\n"
)


def test_a_credited_first_sentence_is_no_headline():
    text = "Президент Иван Дорн принял послов Норландии и Кесселя, передает пресс-служба президента.\n" + _BODY
    brief = briefparse.parse(text)
    assert brief.title is None
    assert brief.summary_points[0].startswith("Президент Иван Дорн принял послов Норландии и Кесселя")


def test_a_headline_without_credit_stays_the_headline():
    text = "Президент Иван Дорн принял послов Норландии и Кесселя\n" + _BODY
    assert briefparse.parse(text).title == "Президент Иван Дорн принял послов Норландии и Кесселя"
