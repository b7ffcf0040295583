"""Event type on Spanish readouts invented for these tests (fictional people, real countries): "ha hablado con" or
"habló con" a person that nothing places reports a call, as readouts write it without naming the phone, its day
between the verb and whom it names ("ha hablado este viernes con"); the same verb with a city, or beside a meeting
held in person, does not."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "La ministra de Asuntos Exteriores, Lucía Marcos Tébar, ha hablado este viernes con el secretario de Estado "
        "de Noruega, Ivo Berg, en su primer contacto desde su nombramiento. Ambos han repasado la situación en el "
        "Ártico.",
        "El canciller Tomás Quiroga Lenz habló ayer con su homólogo chileno, Andrés Bravo Soto, sobre la pesca. "
        "Acordaron mantenerse en contacto.",
    ],
)
def test_a_conversation_nothing_places_is_a_readouts_call(text: str) -> None:
    assert parse(text, language="es").event_type == "phone_call"


@pytest.mark.parametrize(
    "text",
    [
        "La ministra de Asuntos Exteriores, Lucía Marcos Tébar, ha hablado este viernes con el secretario de Estado "
        "de Noruega, Ivo Berg, en Bruselas. Ambos han repasado la situación en el Ártico.",
        "El canciller Tomás Quiroga Lenz se reunió el martes con su homólogo chileno, Andrés Bravo Soto, y habló con "
        "él sobre la pesca.",
    ],
)
def test_a_conversation_held_in_person_stays_a_meeting(text: str) -> None:
    assert parse(text, language="es").event_type == "meeting"
