"""A Russian meeting set down in a schedule ("запланирована встреча с X", "запланированы встречи с X и Y") is one
still to come: after a lead that tells of an event that took place, whom it names are not yet met, only mentioned.

The people and sentences are invented for the test.
"""

import briefparse


def _parties(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_a_scheduled_meeting_is_still_to_come() -> None:
    parties = _parties(
        "Премьер-министр Эстонии Павел Крылов отправился в Латвию с рабочим визитом.\n"
        "21 октября запланирована его личная встреча с премьер-министром Латвии Артуром Линдом.\n"
        "22 октября Крылов примет участие в экономическом форуме в Риге."
    )
    assert parties == ["Павел Крылов"]


def test_scheduled_meetings_are_still_to_come() -> None:
    parties = _parties(
        "Премьер-министр Эстонии Павел Крылов отправился в Латвию с рабочим визитом.\n"
        "На 21 октября запланированы встречи с президентом Латвии Артуром Линдом и спикером Сейма Ольгой Берзинь.\n"
        "22 октября Крылов примет участие в экономическом форуме в Риге."
    )
    assert parties == ["Павел Крылов"]
