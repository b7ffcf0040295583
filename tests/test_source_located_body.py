"""The body where words were said, named after a preposition of place and the plural of an unnamed speaker, is the
source: "В МИД Казахстана уточнили, что …", "…, — добавили в министерстве", "…, indican desde la Presidencia". A
phrase of time or of the talks before such a verb ("В ходе беседы стороны отметили") names no source.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

CALL_RU = (
    "Министр иностранных дел России Иван Петров провел телефонный разговор с коллегой из Казахстана Асланом "
    "Беловым. {}"
)
MEETING_ES = (
    "El presidente de Paraguay, Juan Pérez, recibió este martes al embajador de Estados Unidos, Mark Stone, en el "
    "Palacio de López. {}"
)


def source_of(text: str, language: str) -> str | None:
    """The source's name the parser gives the brief."""
    brief = briefparse.parse(text, reference_date=dt.date(2025, 3, 4), language=language)
    return brief.source.name if brief.source else None


def test_a_body_before_the_speakers_plural_is_the_source_ru() -> None:
    said = "разговор состоялся по инициативе казахстанской стороны."
    assert source_of(CALL_RU.format(f"В МИД Казахстана уточнили, что {said}"), "ru") == "МИД Казахстана"
    assert source_of(CALL_RU.format(f"В Кремле заявили, что {said}"), "ru") == "Кремль"
    assert source_of(CALL_RU.format(f"Кроме того, в ведомстве добавили, что {said}"), "ru") == "ведомство"


def test_a_body_after_the_speakers_plural_is_the_source_ru() -> None:
    said = "«Разговор состоялся по инициативе казахстанской стороны»"
    assert source_of(CALL_RU.format(f"{said}, — добавили в МИД РФ."), "ru") == "МИД РФ"
    assert source_of(CALL_RU.format(f"{said}, — указали в министерстве."), "ru") == "министерство"


def test_the_talks_or_the_sides_are_no_source_ru() -> None:
    said = "разговор состоялся по инициативе казахстанской стороны."
    assert source_of(CALL_RU.format(f"В ходе беседы стороны отметили, что {said}"), "ru") is None
    assert source_of(CALL_RU.format(f"В заключение министры подтвердили, что {said}"), "ru") is None


def test_the_body_words_came_from_after_the_verb_es() -> None:
    private = "Los temas tratados no se dieron a conocer, ya que fue una reunión privada, indican desde la Presidencia."
    assert source_of(MEETING_ES.format(private), "es") == "Presidencia"
    assert source_of(MEETING_ES.format("Los ministros destacaron desde el inicio el diálogo."), "es") is None
