"""Spanish briefs invented for these tests (fictional people, real countries): taking office told by the one who
takes it ("asumió como ministro", "inició sus funciones como subsecretario") or by the ceremony ("la ceremonia de
Transmisión de Mando") is `other`, and the ceremony written in capitals names no one."""

from __future__ import annotations

from briefparse import parse

TEXT = (
    "Lucía Marcos Tébar asume como ministra de Relaciones Exteriores de Chile\n\n"
    "Lucía Marcos Tébar asumió como ministra de Relaciones Exteriores durante la ceremonia de Transmisión de Mando "
    "que dio inicio al nuevo Gobierno.\n"
    "Asimismo, inició sus funciones como subsecretario de Relaciones Exteriores, el embajador Ivo Berg Soto.\n"
    "El acto tuvo lugar en el Congreso Nacional en Valparaíso."
)


def test_taking_office_is_other() -> None:
    assert parse(TEXT, language="es").event_type == "other"


def test_those_taking_office_take_part_and_the_ceremony_is_no_one() -> None:
    names = [p.name for p in parse(TEXT, language="es").participants if p.name]
    assert "Lucía Marcos Tébar" in names
    assert "Ivo Berg Soto" in names
    assert not any("Mando" in name for name in names)
