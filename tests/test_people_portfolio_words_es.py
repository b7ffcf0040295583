"""Spanish briefs invented for these tests (fictional people, real countries): the capitalised words of a portfolio
("Política Exterior Bilateral", "Comercio Exterior", "Política Multilateral") are no one's name; they stay in the
role of the person named after it."""

from __future__ import annotations

from briefparse import parse

TEXT = (
    "LIMA, 14 mar 2024.- El canciller Juan Soto Vera recibió este jueves al viceministro de Política Exterior "
    "Bilateral de Chile, Pedro Ruiz Gil, y al director de Política Multilateral, Luis Mora Paz, en el Palacio de "
    "Torre Tagle. También asistió el viceministro de Comercio Exterior, Raúl Vera Cano."
)


def test_portfolio_words_are_no_name() -> None:
    brief = parse(TEXT, language="es")
    names = [p.name for p in [*brief.participants, *brief.people_mentioned] if p.name]
    assert not any("Exterior" in name or "Bilateral" in name or "Multilateral" in name for name in names)


def test_portfolio_stays_in_the_role() -> None:
    roles = {p.name: p.role for p in parse(TEXT, language="es").participants}
    assert roles.get("Pedro Ruiz Gil", "").startswith("viceministro de Política Exterior Bilateral")
    assert roles.get("Raúl Vera Cano") == "viceministro de Comercio Exterior"
