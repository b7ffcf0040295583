"""People on briefs invented for these tests (fictional people, real countries): a name in a clause about an earlier
event that follows the event's own verb in its sentence ("…, luego de que la ministra X calificara …", "El encuentro
tuvo lugar días después de que el embajador X presentara sus cartas credenciales") is mentioned, whatever that clause
tells, not a party; the parties named before it still take part."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "reference_date", "parties", "mentioned"),
    [
        (
            "La embajadora de Venezuela en España, Ana Ruiz, se reunió este lunes en Caracas con el ministro de "
            "Relaciones Exteriores, Luis Mora, para definir acciones, luego de que la ministra de Defensa española, "
            "Marta Prieto, calificara al Gobierno de dictadura.",
            "2024-09-30",
            {"Ana Ruiz", "Luis Mora"},
            "Marta Prieto",
        ),
        (
            "El canciller de México, Tomás Lara, recibió este martes al embajador de Chile, Pedro Sanjuán, en la "
            "sede de la Cancillería. La reunión tuvo lugar días después de que el presidente de Chile, Jorge Vidal, "
            "anunciara una visita al país.",
            "2024-10-01",
            {"Tomás Lara", "Pedro Sanjuán"},
            "Jorge Vidal",
        ),
    ],
    ids=["after-the-event-verb", "after-the-encounter-word"],
)
def test_the_subject_of_an_earlier_clause_is_mentioned_es(
    text: str, reference_date: str, parties: set[str], mentioned: str
) -> None:
    brief = parse(text, reference_date=reference_date)
    taking = {p.name for p in brief.participants}
    assert parties <= taking
    assert mentioned not in taking
    assert mentioned in {p.name for p in brief.people_mentioned}
