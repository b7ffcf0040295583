"""A town's office written in capitals ("Presidente Municipal de Valdoria", "la Asesoría Municipal") opens no name:
"Municipal" is an office's adjective, no one's word (briefs written for these tests)."""

from __future__ import annotations

import briefparse


def test_a_town_president_is_named_after_the_town():
    brief = briefparse.parse(
        "El gobernador Tomás Villalba Ruiz firmó el 3 de mayo de 2024 un convenio con el Presidente Municipal de "
        "Valdoria, Ernesto Quiroga Peña, en el Palacio de Gobierno.\n"
    )
    names = {p.name for p in brief.participants}
    assert "Ernesto Quiroga Peña" in names
    assert not any(n and "Municipal" in n for n in names), names


def test_a_municipal_body_in_a_role_is_no_one():
    brief = briefparse.parse(
        "El presidente Tomás Villalba Ruiz se reunió el 3 de mayo de 2024 con Marta Ibáñez Soler, presidenta "
        "ejecutiva del Instituto de Fomento y Asesoría Municipal, en la Casa Presidencial.\n"
    )
    names = {p.name for p in brief.participants}
    assert "Marta Ibáñez Soler" in names
    assert not any(n and "Municipal" in n for n in names), names
