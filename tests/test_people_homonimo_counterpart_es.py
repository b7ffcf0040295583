"""Roles on Spanish briefs invented for these tests (fictional people, real countries): the press's common
"homónimo" for a counterpart ("su homónimo cubano, X"; a namesake in the dictionary, which the RAE's Diccionario
panhispánico de dudas notes as a frequent misuse for "homólogo") is the role of the one it names, as "homólogo" is."""

from __future__ import annotations

from briefparse import parse


def test_homonimo_with_a_nationality_is_the_counterpart_s_role() -> None:
    text = (
        "El presidente de Chile, Tomás Quiroga Lenz, sostuvo este martes una conversación telefónica con su homónimo "
        "peruano, Andrés Bravo Soto, sobre la agenda bilateral.\n\n"
        "Ambos mandatarios acordaron reunirse en Lima en las próximas semanas."
    )
    roles = {p.name: p.role for p in parse(text, language="es").participants}
    assert roles.get("Andrés Bravo Soto") == "homónimo peruano"
    assert "Tomás Quiroga Lenz" in roles


def test_homonimo_before_the_name_without_a_comma() -> None:
    text = (
        "Ivo Berg, canciller de Uruguay, y su homónima paraguaya Luisa Mora Pinto se reunieron este lunes en "
        "Montevideo para revisar los proyectos de integración fronteriza."
    )
    roles = {p.name: p.role for p in parse(text, language="es").participants}
    assert (roles.get("Luisa Mora Pinto") or "").startswith("homónima paraguaya")
