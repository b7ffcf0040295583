"""A standing body's session ("сессия Совета …") is a gathering: held by videoconference, its video link is its
medium, and the brief reports a conference, not a call.

Every brief and every person here is invented for the test.
"""

import briefparse

_TEXT = (
    "Внеочередная сессия Совета коллективной безопасности Валдайского союза проходит в формате видеоконференции. "
    "Участие в саммите принимает президент Валдории Иван Дорнов.\n"
    "На повестке – ситуация на границе двух государств-членов.\n"
)


def test_session_by_videoconference_is_a_conference():
    assert briefparse.parse(_TEXT).event_type == "conference"


def test_a_call_by_video_link_stays_a_call():
    text = (
        "Президент Валдории Иван Дорнов провел переговоры в режиме видеосвязи с президентом Норландии Петром "
        "Ланиным. Стороны обсудили двустороннее сотрудничество.\n"
    )
    assert briefparse.parse(text).event_type == "phone_call"
