"""Russian statements whose speaker is named only after a paragraph of background, in a sentence that first names
an outlet ("Как передает Norpress, … поделился американский политолог X Y"), and speakers introduced by their
calling or by an abbreviated honorific. The briefs are written for these tests; every person and outlet in them is
invented."""

import briefparse

_BACKGROUND = (
    "1 сентября агентство Norpress отмечает 30-летие со дня основания. За эти годы агентство прошло путь от "
    "небольшой редакции до одного из ведущих агентств региона.\n\n"
)


def _participants(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants if p.name}


def test_speaker_named_after_an_outlet_in_the_same_sentence_takes_part():
    text = _BACKGROUND + (
        "Как передает Norpress, своими впечатлениями о сотрудничестве с агентством поделился американский "
        "политолог и эксперт по вопросам безопасности Иван Сорокин.\n\nОн отметил, что агентство ценят в регионе."
    )
    people = _participants(text)
    assert "Иван Сорокин" in people
    assert "политолог" in (people["Иван Сорокин"] or "")


def test_calling_before_the_name_is_the_speakers_role():
    text = _BACKGROUND + (
        "Народный художник Валдории, скульптор Павел Маринов поделился своими мыслями в связи с юбилеем агентства."
    )
    assert "скульптор" in (_participants(text).get("Павел Маринов") or "")


def test_abbreviated_excellency_is_no_part_of_the_name():
    text = (
        "«Для нас большая честь быть принятыми Президентом Турции Е.П. Павлом Мариновым», – написал в своем "
        "telegram-канале глава МИД Узбекистана после встречи в Анкаре."
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Павел Маринов" in names
