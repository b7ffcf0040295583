"""People on Spanish briefs invented for these tests (fictional people, real countries): the capacity someone came in
may stand between the words that tell their presence and their name ("contó con la presencia como testigo de honor
de X", "asistirá como observador un representante de A, el subsecretario …, Y"); they take part all the same."""

from __future__ import annotations

from briefparse import parse


def _names(text: str) -> tuple[set[str | None], set[str | None]]:
    brief = parse(text, reference_date="2023-05-30")
    return {p.name for p in brief.participants}, {p.name for p in brief.people_mentioned}


def test_witness_of_honour_at_a_signing_takes_part() -> None:
    text = (
        "El alcalde de Sucre, Tomás Velarde, firmó este martes con el alcalde de Cusco, Ernesto Lamas, el convenio de "
        "hermanamiento entre ambas ciudades. Este evento contó con la presencia como testigo de honor de Inés Marlow, "
        "cónsul de Bolivia en Cusco."
    )
    taking_part, _ = _names(text)
    assert {"Tomás Velarde", "Ernesto Lamas", "Inés Marlow"} <= taking_part


def test_observer_announced_for_a_session_takes_part() -> None:
    text = (
        "Grupo Andino se reúne este lunes en Santiago\n\n"
        "Este lunes se realizará en Santiago la XII reunión de ministros de Relaciones Exteriores del Grupo Andino, "
        "encuentro al que asistirán representantes de los países integrantes.\n\n"
        "También asistirá como observador un representante de Ecuador, el subsecretario de Asuntos Andinos, embajador "
        "Ramiro Ocaña.\n\n"
        "A las 9 horas el presidente de Chile, Tomás Velarde, junto al canciller Ernesto Lamas, sostienen un encuentro "
        "con los cancilleres en La Moneda."
    )
    taking_part, _ = _names(text)
    assert "Ramiro Ocaña" in taking_part


def test_a_thing_of_someone_stays_a_mention() -> None:
    text = (
        "El alcalde de Sucre, Tomás Velarde, firmó este martes con el alcalde de Cusco, Ernesto Lamas, el convenio de "
        "hermanamiento entre ambas ciudades, en el marco del plan de gobierno de Inés Marlow."
    )
    _, mentioned = _names(text)
    assert "Inés Marlow" in mentioned
