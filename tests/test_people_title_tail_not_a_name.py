"""Briefs invented for these tests (fictional people and places): a run that opens on a lower-case link right after a
capitalised word ("la Banda de Música", "el Jefe de Ceremonial de Presidencia", "Jefes de Misión del GRULAC") ends a
body's or an office's capitalised name and is no person; the guests around it are still found."""

from __future__ import annotations

from briefparse import parse


def names(text: str) -> set[str | None]:
    brief = parse(text, language="es")
    return {p.name for p in brief.participants} | {p.name for p in brief.people_mentioned}


def test_band_of_a_police_is_no_person() -> None:
    found = names(
        "El gobernador de Villa Sur, Pablo Kerner, recibió hoy al embajador de Silvania, Tomás Lindo, en la Plaza "
        "Mayor, con la presencia de la Banda de Música y cadetes de la Policía."
    )
    assert "de Música" not in found
    assert {"Pablo Kerner", "Tomás Lindo"} <= found


def test_office_of_a_presidency_is_no_person() -> None:
    found = names(
        "El presidente de Moravia, Pablo Kerner, recibió hoy al embajador de Silvania, Tomás Lindo. Posteriormente, "
        "el Jefe de Ceremonial de Presidencia condujo al Embajador hacia el despacho del Presidente."
    )
    assert "de Presidencia" not in found
    assert {"Pablo Kerner", "Tomás Lindo"} <= found
