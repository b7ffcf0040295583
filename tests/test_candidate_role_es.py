"""Roles on Spanish briefs invented for these tests (fictional people, real countries): a candidate to an office,
titled before the name ("el candidato presidencial del Frente X, Y"), holds that title as a role, as "embajador" or
"ministro" do; the adjective "diplomática" of "la misión diplomática" is still no one's title."""

from __future__ import annotations

from briefparse import parse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in parse(text, language="es").participants}


def test_a_candidate_titled_before_the_name_holds_the_title() -> None:
    roles = _roles(
        "El presidente Mario Quiroga conversó por teléfono con el candidato presidencial del Frente Amplio, Andrés "
        "Salcedo, este martes.\n\nAmbos acordaron mantener una línea directa durante la transición."
    )
    assert roles["Andrés Salcedo"] == "candidato presidencial del Frente Amplio"
    assert roles["Mario Quiroga"] == "presidente"


def test_a_candidate_woman_titled_before_the_name_holds_the_title() -> None:
    roles = _roles(
        "El presidente Tomás Arriaga confirmó que la candidata a la presidencia por la coalición Unidos, Marta "
        "Villalobos, lo visitó este martes en Palacio Nacional."
    )
    assert roles["Marta Villalobos"] == "candidata a la presidencia por la coalición Unidos"


def test_a_diplomatic_mission_is_no_ones_title() -> None:
    brief = parse(
        "El canciller Ramón Vidal recibió a la embajadora de Chile, Laura Ríos, tras la reapertura de la misión "
        "diplomática chilena en Caracas.",
        language="es",
    )
    assert None not in [p.name for p in brief.participants]
    assert {p.name for p in brief.participants} == {"Ramón Vidal", "Laura Ríos"}
