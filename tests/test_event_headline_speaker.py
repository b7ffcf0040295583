"""A headline that gives its speaker's remark about another event ("Name: …", "Seat: …", "Office: …", "…, said
Name") is the speaker's statement when the lead reports the saying: the speaker takes part, and whom the remark
speaks of is only mentioned, and the lead's first report of that event stays the first point. A place before the
colon is no speaker, nor a person the headline's event joins.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse
from briefparse.models import Brief


def _names(brief: Brief) -> list[str | None]:
    return [p.name for p in brief.participants]


def test_name_and_colon_over_a_call() -> None:
    text = (
        "Дорнов: разговор Ларина и Волкова был деловым\n\n"
        "Телефонный разговор президентов Норвегии и Финляндии, Петра Ларина и Олега Волкова, был деловым и "
        "открытым. Об этом рассказал журналистам пресс-секретарь президента Норвегии Иван Дорнов.\n"
        "Он добавил, что стороны договорились продолжить контакты.\n"
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "statement"
    assert _names(brief) == ["Иван Дорнов"]
    assert brief.summary_points[0].startswith("Телефонный разговор президентов")  # the remark's content leads


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kreml: Telefonat zwischen Larin und Walker „sachlich“\n\n"
            "Der Kreml hat das Telefonat zwischen dem norwegischen Präsidenten Piotr Larin und dem "
            "finnischen Präsidenten Tom Walker als „sachlich“ bewertet. „Beide Seiten wollen in Kontakt bleiben“, "
            "sagte Larins Berater Igor Dornow am Dienstag vor Reportern.\n",
            "Igor Dornow",
        ),
        (
            "Norwegian FM: Larin and Walker to meet in June\n\n"
            "Norway's foreign minister says President Piotr Larin and Finnish President Tom Walker will meet next "
            "month.\n\n"
            "Speaking at a news conference Tuesday, Ivan Dornov said the two leaders would meet in June ahead of a "
            "regional summit.\n",
            "Ivan Dornov",
        ),
        (
            "Переговоры Ларина и главы МИД Финляндии будут трудными, заявила Ланина\n\n"
            "Переговоры главы МИД Норвегии Петра Ларина и его финского коллеги Олега Волкова в среду предстоят "
            "трудные, заявила официальный представитель МИД Норвегии Анна Ланина.\n",
            "Анна Ланина",
        ),
    ],
    ids=["seat-and-colon-over-a-call", "office-and-colon-over-a-coming-meeting", "remark-closing-the-headline"],
)
def test_the_headline_speaker_alone_takes_part(text: str, speaker: str) -> None:
    brief = briefparse.parse(text)
    assert brief.event_type == "statement"
    assert _names(brief) == [speaker]


def test_party_who_speaks_of_own_meeting_is_no_remark() -> None:
    text = (
        "Met Walker to test ties with Finland, says Norway's minister Larin\n\n"
        "Norway's Foreign Minister Piotr Larin said on Tuesday that his meeting with Finnish Foreign Minister "
        "Tom Walker in Oslo was a test of steadier ties.\n"
    )
    assert briefparse.parse(text).event_type == "meeting"


def test_place_before_colon_is_no_speaker() -> None:
    text = (
        "Bern: Larin und Walker treffen sich im Bundeshaus\n\n"
        "Der nordländische Präsident Piotr Larin hat am Dienstag den finnischen Präsidenten Tom Walker im "
        "Bundeshaus empfangen, sagte ein Sprecher.\n"
    )
    assert briefparse.parse(text).event_type == "meeting"
