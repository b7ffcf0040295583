"""Russian briefs invented for these tests (fictional people): a guest's aircraft landing ("Самолет ...
приземлился в аэропорту ...", "В аэропорту ... приземлился самолет с ...") tells the arrival of a visit, as "landed
in" does in English, so it leads over the welcome at the airport told next; and a town named after a settlement's
noun ("в городе Сандора") is a place, not a person taking part."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Президент Венгрии прилетел в Москву\n\n"
            "Самолет президента Венгрии Ивана Берга приземлился в аэропорту Внуково-2.\n\n"
            "Высокого гостя встречал заместитель министра иностранных дел России Павел Орлов.",
            "Самолет президента Венгрии Ивана Берга приземлился в аэропорту Внуково-2.",
        ),
        (
            "Король Малайзии прибыл в Казань\n\n"
            "В международном аэропорту Казани приземлился самолет с королем Малайзии Марком Ленцем на борту.\n\n"
            "Гостя встретил глава республики Олег Савин.",
            "В международном аэропорту Казани приземлился самолет с королем Малайзии Марком Ленцем на борту.",
        ),
    ],
    ids=["aircraft-landed", "landed-aircraft-inverted"],
)
def test_the_landing_leads_over_the_welcome(text: str, lead: str) -> None:
    brief = parse(text, language="ru")
    assert brief.event_type == "visit"
    assert brief.summary_points[0] == lead


def test_a_town_after_a_settlement_noun_is_no_participant() -> None:
    text = (
        "Глава МИД Венгрии начал турне по Азии\n\n"
        "Министр иностранных дел Венгрии Иван Берг прибыл утром 4 мая в Индию.\n\n"
        "Самолет министра приземлился в городе Сандора на юге страны. В аэропорту гостя встретили музыканты."
    )
    names = [p.name for p in parse(text, language="ru").participants]
    assert names == ["Иван Берг"]
