"""Russian talks someone hopes or plans to hold ("рассчитывает провести переговоры с X", "планирует провести
встречу с X") are still to come: whom they name are not yet met, only mentioned.

The people and sentences are invented for the test.
"""

import briefparse


def _parties(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_talks_hoped_for_are_still_to_come() -> None:
    parties = _parties(
        "Министр иностранных дел Латвии Артур Линд заявил во вторник, что президент Латвии Ольга Берзинь "
        "рассчитывает провести переговоры с президентом Эстонии Марком Тамме.\n"
        "Об этом он сказал журналистам в Риге."
    )
    assert "Марк Тамме" not in parties


def test_a_meeting_planned_is_still_to_come() -> None:
    parties = _parties(
        "Министр иностранных дел Литвы Йонас Валайтис заявил в среду, что премьер-министр Литвы Ольга Берзинь "
        "планирует провести встречу с премьер-министром Польши Марком Новаком.\n"
        "Об этом он сообщил журналистам в Вильнюсе."
    )
    assert "Марк Новак" not in parties
