"""Spanish briefs invented for these tests (fictional people): "discutieron" and "una charla" are words
of a conversation, as French "discuter": the talks a lead sentence reports with one are the phone call a later
sentence names ("la charla telefónica que ambos mantuvieron"), and a meeting where no telephone is named."""

from __future__ import annotations

import pytest

from briefparse import parse

CALL_TOLD_LATER = (
    "El presidente de Silvania, Mateo Larrén, y el mandatario de Norlandia, Pablo Ferrat, {verb} este lunes sobre "
    "el comercio y la frontera común.\n\nAsí lo informó la agencia estatal, luego de conocerse la {noun} telefónica "
    "que ambos mantuvieron este lunes.\n\nLa {noun} fue confirmada por un asesor de la Presidencia."
)


@pytest.mark.parametrize(
    ("verb", "noun"),
    [("discutieron", "charla"), ("discutieron", "conversación"), ("sostuvieron una charla", "charla")],
)
def test_talks_reported_then_named_a_phone_call_later(verb: str, noun: str) -> None:
    brief = parse(CALL_TOLD_LATER.format(verb=verb, noun=noun), language="es")
    assert brief.event_type == "phone_call"
    assert brief.location is None


def test_talks_with_no_telephone_stay_a_meeting() -> None:
    brief = parse(
        "El presidente de Silvania, Mateo Larrén, y el mandatario de Norlandia, Pablo Ferrat, discutieron este lunes "
        "en Quito sobre el comercio y la frontera común.",
        language="es",
    )
    assert brief.event_type == "meeting"
