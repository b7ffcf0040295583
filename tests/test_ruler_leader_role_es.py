"""Roles on Spanish briefs invented for these tests (fictional people, real countries): "dictador" and "dirigente"
title a person before the name ("el dictador guineano X", "el dirigente opositor Y") as "líder" does, so that the
person named so is the counterpart the deck left nameless ("el líder guineano"), not a stranger to the event."""

from __future__ import annotations

from briefparse import parse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in parse(text, language="es").participants}


def test_a_ruler_titled_dictator_is_the_counterpart_the_deck_left_nameless() -> None:
    roles = _roles(
        "El presidente chileno reconoció el contacto telefónico con el líder guineano, aunque no dio detalles. "
        "Afirmó que fue “una llamada larga” y que no podía decir más.\n\n"
        "El presidente de Chile, Tomás Errázuriz, confirmó este domingo que mantuvo una conversación telefónica con "
        "el dictador guineano Julián Obiang Ortuño, aunque evitó dar detalles sobre el contenido del diálogo.\n\n"
        "“Fue una llamada telefónica”, respondió Errázuriz a los periodistas."
    )
    assert roles.get("Julián Obiang Ortuño") == "dictador guineano"
    assert roles.get("Tomás Errázuriz") == "presidente de Chile"


def test_a_party_leader_titled_before_the_name_holds_the_title() -> None:
    roles = _roles(
        "El presidente de Perú, Tomás Errázuriz, recibió este jueves al dirigente opositor boliviano Julián Ortuño "
        "en Palacio de Gobierno, donde conversaron sobre la frontera común."
    )
    assert roles["Julián Ortuño"] == "dirigente opositor boliviano"


def test_a_woman_titled_dictator_holds_the_title() -> None:
    roles = _roles(
        "La canciller de Uruguay, Marta Quiroga, se reunió este martes en Ginebra con la dictadora birmana Aung Thida "
        "Kyaw para abordar la situación humanitaria."
    )
    assert roles.get("Aung Thida Kyaw") == "dictadora birmana"
