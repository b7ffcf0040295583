"""Event type on Russian briefs invented for these tests (fictional people, real countries): a leading verb of speech
whose clause tells an encounter still to come after it ("заявил, что … встретится с", "сообщил, что … рассчитывает
провести телефонные переговоры с") reports the announcement, a statement; the same verb before an encounter told as
held yields to it."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Президент Исландии Олаф Бергссон заявил, что в ближайшее время встретится с премьер-министром Норвегии "
        "Ингрид Хольм. Об этом он сказал в субботу журналистам.",
        "Министр иностранных дел Чили Карлос Вантор заявил во вторник, что президент Чили Ана Брук рассчитывает "
        "провести телефонные переговоры с президентом Перу Луисом Ортегой.",
    ],
)
def test_speech_before_an_encounter_to_come_is_a_statement(text: str) -> None:
    assert parse(text).event_type == "statement"


def test_speech_before_an_encounter_held_yields_to_it() -> None:
    text = (
        "Министр иностранных дел Чили Карлос Вантор сообщил, что провел переговоры с коллегой из Перу Луисом Ортегой "
        "во вторник в Лиме."
    )
    assert parse(text).event_type == "meeting"
