"""Spanish briefs of openings of works, told by "inauguró" with the principal's company, and local offices
(briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _brief(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2025, 3, 12))


def test_an_opening_is_an_act_whose_company_takes_part():
    brief = _brief(
        "El gobernador Ramiro Aldao, junto a la ministra de Salud, Carla Méndez, inauguró este martes el nuevo "
        "hospital de Tafí.\n\nDurante el acto, Aldao destacó la inversión realizada."
    )
    roles = {p.name: p.role for p in brief.participants}
    assert "Ramiro Aldao" in roles
    assert roles.get("Carla Méndez") == "ministra de Salud"
    assert brief.event_type == "other"



def test_a_deputy_mayor_is_an_office():
    brief = _brief(
        "El intendente Hugo Ferreyra inauguró este martes la plaza central de Lobos junto a la viceintendenta "
        "Marta Quiroga y el subdelegado del Gobierno Pablo Ibarra."
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Marta Quiroga") == "viceintendenta"
    assert (roles.get("Pablo Ibarra") or "").startswith("subdelegado")
