"""Briefs invented for these tests (fictional people): when neither the headline, the first sentences telling the
event, a venue nor a dateline place the event, a later sentence telling it may ("Los cancilleres … se reunieron este
viernes en Montevideo"); not one that tells a meeting still to come or another occasion's day."""

from __future__ import annotations

from briefparse import parse

SPANISH = (
    "El presidente no se reunió con su par de Norlandia, quien hizo una breve visita con fines empresariales. "
    "Quienes sí se reunieron fueron Larrén y Ferrat, que hablaron del próximo aniversario del tratado.\n"
    "Los cancilleres de Silvania, Mateo Larrén, y de Norlandia, Pablo Ferrat, se reunieron este viernes en "
    "Montevideo para avanzar en la agenda bilateral."
)

GERMAN = (
    "Die Außenministerin Greta Holmquist hat sich mit ihrem Amtskollegen Jonas Berglind getroffen. "
    "Das Treffen galt der Vorbereitung eines gemeinsamen Gipfels.\n"
    "Holmquist und Berglind kamen am Dienstag in Hamburg zu einem Gespräch über die Energiepolitik zusammen."
)


def test_spanish_meeting_placed_by_a_later_sentence() -> None:
    brief = parse(SPANISH, language="es")
    assert brief.event_type == "meeting"
    assert brief.location == "Montevideo"


def test_german_meeting_placed_by_a_later_sentence() -> None:
    brief = parse(GERMAN, language="de")
    assert brief.location == "Hamburg"


def test_a_meeting_still_to_come_places_nothing() -> None:
    brief = parse(
        "Президент Силвании Марк Ларен провёл встречу с послом Норландии Павлом Ферратом. Об этом сообщило агентство.\n"
        "«Мы значительно продвинулись в последние недели», — сказал Ларен на встрече.\n"
        "Ранее министр Ферран сообщил, что президенты двух стран встретятся в ближайшие недели в Москве.",
        language="ru",
    )
    assert brief.location is None
