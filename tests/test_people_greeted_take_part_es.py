"""People on Spanish briefs invented for these tests (fictional people, real countries): in a visit or a meeting,
those a party greets at the encounter, named after an active verb of greeting in a later sentence ("saludó al
canciller, X", "fue estrechando las manos del gobernador Y", "los saludos protocolares de la vicegobernadora Z"),
take part."""

from __future__ import annotations

from briefparse import parse


def _names(text: str) -> tuple[set[str | None], set[str | None]]:
    brief = parse(text, reference_date="2022-06-08")
    return {p.name for p in brief.participants}, {p.name for p in brief.people_mentioned}


def test_those_greeted_at_an_arrival_take_part() -> None:
    text = (
        "El presidente de Chile, Tomás Velarde, llegó este miércoles a Buenos Aires en visita oficial y fue recibido "
        "en el aeropuerto por el presidente de Argentina, Ernesto Lamas.\n\n"
        "Posteriormente, Velarde saludó al canciller, Ramiro Ocaña, al embajador de Chile en Argentina, Julio Benet, "
        "y a la gobernadora, Inés Marlow."
    )
    taking_part, _ = _names(text)
    assert {"Ramiro Ocaña", "Julio Benet", "Inés Marlow"} <= taking_part


def test_those_greeted_at_a_meeting_take_part() -> None:
    text = (
        "El gobernador de Salta, Tomás Velarde, recibió este miércoles en la Casa de Gobierno al embajador de Italia, "
        "Ernesto Lamas, con quien mantuvo una reunión de trabajo.\n\n"
        "Uno por uno, Lamas fue estrechando las manos de la vicegobernadora Inés Marlow, del intendente de la capital, "
        "Ramiro Ocaña, y de los ministros del gobierno."
    )
    taking_part, _ = _names(text)
    assert {"Inés Marlow", "Ramiro Ocaña"} <= taking_part
