"""A conversation said to be held at one side's initiative, the phone never named ("Разговор состоялся по
инициативе норландской стороны"), is a call's readout: a phone call.

Every person and country here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "opening",
    [
        "Разговор состоялся по инициативе норландской стороны.",
        "Беседа состоялась по инициативе норландской стороны.",
        "Разговор прошёл по инициативе норландской стороны.",
    ],
)
def test_ru_talk_at_initiative_is_a_call(opening: str) -> None:
    text = (
        f"{opening} Президенты Вестландии и Норландии обменялись поздравлениями по случаю годовщины "
        "установления дипломатических отношений.\n"
        "Иван Петров отметил важные результаты двустороннего сотрудничества, сообщает пресс-служба президента.\n"
    )
    assert briefparse.parse(text).event_type == "phone_call"


def test_ru_meeting_held_in_person_stays_a_meeting() -> None:
    text = (
        "Президент Вестландии Иван Петров встретился в Кесселе с президентом Норландии Олегом Сидоровым.\n"
        "Встреча состоялась по инициативе норландской стороны.\n"
    )
    assert briefparse.parse(text).event_type == "meeting"
