"""A Russian report closed by "рассказал" and its speaker ("…, рассказал помощник президента X.") names its
source, and the speaker who only told of the call is no participant of it.

Every brief and every person here is invented for the test.
"""

import briefparse

_BRIEF = (
    "Президент Казахстана Арман Сейтов по телефону поздравил президента Финляндии Юхани Лаксо с днем рождения, "
    "рассказал помощник президента Казахстана Бекзат Оралов.\n"
    "В ходе беседы президенты обсудили торговое сотрудничество.\n"
)


def test_the_speaker_after_told_is_the_source():
    brief = briefparse.parse(_BRIEF)
    assert brief.source is not None
    assert "Оралов" in brief.source.name


def test_the_speaker_after_told_is_no_participant():
    names = [p.name for p in briefparse.parse(_BRIEF).participants]
    assert not any(name and "Оралов" in name for name in names)
