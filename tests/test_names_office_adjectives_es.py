"""The adjectives of an office written in capitals after its noun ("Secretario Permanente del Sistema …", "Enviado
Especial", "Representante Alterno") open no name (briefs written for these tests)."""

from __future__ import annotations

import pytest

import briefparse


@pytest.mark.parametrize(
    "title",
    [
        "Secretario Permanente del Sistema Norlandés de Cooperación",
        "Enviado Especial del Consejo Valdorense de Estados",
        "Representante Alterno de la Misión Norlandesa de Comercio",
    ],
)
def test_an_office_adjective_opens_no_name(title):
    brief = briefparse.parse(
        f"El presidente Tomás Villalba Ruiz sostuvo el 3 de mayo de 2024 un encuentro con el {title}, Jan Olsen "
        "Vester, en el Palacio de Carondelet.\n"
    )
    names = {p.name for p in brief.participants}
    assert "Jan Olsen Vester" in names
    assert len(names) == 2, names
