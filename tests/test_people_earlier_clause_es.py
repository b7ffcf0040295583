"""People on briefs invented for these tests (fictional people, real countries): a name in a clause about an earlier
event that follows the event's own verb in its sentence ("…, luego de que la ministra X calificara …", "El encuentro
tuvo lugar días después de que el embajador X presentara sus cartas credenciales") is mentioned, whatever that clause
tells, not a party; the parties named before it still take part."""

from __future__ import annotations

from briefparse import parse


def test_the_subject_of_an_earlier_clause_is_mentioned_es() -> None:
    text = (
        "La embajadora de Venezuela en España, Ana Ruiz, se reunió este lunes en Caracas con el ministro de Relaciones "
        "Exteriores, Luis Mora, para definir acciones, luego de que la ministra de Defensa española, Marta Prieto, "
        "calificara al Gobierno de dictadura."
    )
    brief = parse(text, reference_date="2024-09-30")
    taking = {p.name for p in brief.participants}
    assert {"Ana Ruiz", "Luis Mora"} <= taking
    assert "Marta Prieto" not in taking
    assert "Marta Prieto" in {p.name for p in brief.people_mentioned}


def test_an_earlier_clause_after_the_encounter_word_es() -> None:
    text = (
        "El canciller de México, Tomás Lara, recibió este martes al embajador de Chile, Pedro Sanjuán, en la sede de "
        "la Cancillería. La reunión tuvo lugar días después de que el presidente de Chile, Jorge Vidal, anunciara una "
        "visita al país."
    )
    brief = parse(text, reference_date="2024-10-01")
    taking = {p.name for p in brief.participants}
    assert {"Tomás Lara", "Pedro Sanjuán"} <= taking
    assert "Jorge Vidal" not in taking
