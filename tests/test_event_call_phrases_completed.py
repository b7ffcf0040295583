"""Event type on briefs invented for these tests (fictional people, real countries): a statement delivered by a
call is a phone call when the call is told by the medium's preposition "via" ("congratulated X via phone"), by
the perfect of receiving a call ("confirmó haber recibido una llamada") or by the reflexive verb of contact ("se
ha comunicado con la Presidenta"); the call has no place. A communiqué ("un comunicado") is no call."""

from __future__ import annotations

from briefparse import parse


def test_congratulations_via_phone_are_a_call() -> None:
    text = (
        "Lakeland: Prime Minister Arvo Tamsen on Sunday congratulated Marek Lind via phone for his victory in "
        "the parliamentary elections.\n\n"
        "Tamsen said he looked forward to working with the new government."
    )
    brief = parse(text, language="en")
    assert brief.event_type == "phone_call"
    assert brief.location is None


def test_a_call_received_in_the_perfect_is_a_call() -> None:
    text = (
        "El canciller de Chile, Tomás Quiroga, confirmó este lunes haber recibido una llamada del secretario de "
        "Estado de Estados Unidos, Andrés Bravo.\n\n"
        "Según explicó, la conversación fue cordial."
    )
    assert parse(text, language="es").event_type == "phone_call"


def test_contact_with_a_president_is_a_call() -> None:
    text = (
        "El Ministerio de Relaciones Exteriores informa que el Presidente de la República, Tomás Quiroga, se ha "
        "comunicado con la Presidenta de Chile, Elena Bravo, y le ha transmitido la solidaridad del Perú.\n"
        "Lima, 3 de marzo de 2015."
    )
    brief = parse(text, language="es")
    assert brief.event_type == "phone_call"
    assert brief.location is None


def test_a_communique_is_no_call() -> None:
    text = (
        "El Ministerio de Relaciones Exteriores del Perú condenó en un comunicado el atentado cometido en Santiago "
        "y expresó su solidaridad con el pueblo de Chile."
    )
    assert parse(text, language="es").event_type == "statement"
