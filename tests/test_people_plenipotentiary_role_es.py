"""Roles on Spanish briefs invented for these tests (fictional people, real countries): "plenipotenciario" is an
envoy's rank that briefs also use alone as a noun, in the plural before a list ("los plenipotenciarios X, de A; Y,
de B"), each one's role; an ambassador's full title ("Embajador Extraordinario y Plenipotenciario de A") stays
whole."""

from __future__ import annotations

from briefparse import parse

_LEAD = (
    "Presidente recibe cartas credenciales\n\n"
    "La Paz, 3 jun (ABI) El presidente Ramiro Ostolaza recibió este lunes las cartas credenciales de tres "
    "embajadores en la Casa Grande del Pueblo.\n"
)


def test_a_plural_rank_before_a_list_is_each_ones_role() -> None:
    text = _LEAD + (
        "Ostolaza conversó con los plenipotenciarios Kwame Asante, de Ghana; Pierre Dumaine, de Haití; y Reza "
        "Tavakoli, de Irán."
    )
    roles = {p.name: p.role for p in parse(text, language="es").participants}
    assert roles["Kwame Asante"] == "plenipotenciario de Ghana"
    assert roles["Pierre Dumaine"] == "plenipotenciario de Haití"
    assert roles["Reza Tavakoli"] == "plenipotenciario de Irán"


def test_an_ambassadors_full_title_stays_whole() -> None:
    text = _LEAD + (
        "Ostolaza recibió al Embajador Extraordinario y Plenipotenciario de Ghana, Kwame Asante, y a la embajadora "
        "extraordinaria y plenipotenciaria de Haití, Marie Dumaine."
    )
    roles = {p.name: p.role for p in parse(text, language="es").participants}
    assert roles["Kwame Asante"] == "Embajador Extraordinario y Plenipotenciario de Ghana"
    assert roles["Marie Dumaine"] == "embajadora extraordinaria y plenipotenciaria de Haití"
