"""Event type on Spanish briefs invented for these tests (fictional people, real countries): the River Plate
"llamado" of a call, told by the one who received it ("recibió el llamado de su par"), is a phone call though
"recibió" also tells a reception; "hizo un llamado a", an appeal, is none."""

from __future__ import annotations

from briefparse import parse


def test_a_call_received_is_a_phone_call() -> None:
    text = (
        "Buenos Aires.- El presidente de Uruguay, Tomás Quiroga, se comunicó esta tarde con el presidente Andrés "
        "Bravo para dialogar sobre temas comunes.\n\n"
        "El mandatario recibió el llamado de su par en su despacho de la Residencia de Olivos."
    )
    brief = parse(text, language="es")
    assert brief.event_type == "phone_call"
    assert brief.location is None


def test_an_appeal_is_no_call() -> None:
    text = (
        "El presidente Andrés Bravo recibió este martes en la Casa Rosada al canciller de Uruguay, Tomás Quiroga, "
        "e hizo un llamado a la unidad regional."
    )
    assert parse(text, language="es").event_type == "meeting"
