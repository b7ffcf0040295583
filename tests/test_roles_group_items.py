"""Roles of the names a list gives with their country alone, under the plural role of the group they count in, on
briefs invented for these tests (fictional people, real countries)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2025, 3, 12)


def _roles(text: str) -> dict[str | None, str | None]:
    """Each participant's name and role."""
    return {p.name: p.role for p in briefparse.parse(text, reference_date=REF).participants}


def test_items_with_their_country_take_the_group_s_office_from_the_sentence_before_fr() -> None:
    """"… trois nouveaux ambassadeurs extraordinaires et plénipotentiaires. Il s'agit de X du Royaume de Norvège,
    …": each item is an ambassador of its own country."""
    roles = _roles(
        "Valville, 12 mars 2025 — Le Président de la République, Paul Marin, a reçu mardi les lettres de créance de "
        "trois nouveaux ambassadeurs extraordinaires et plénipotentiaires.\n\nIl s'agit de Jean Roux du Royaume de "
        "Norvège, Pierre Lamy de la République de Pologne et Anne Vidal de la République du Bénin."
    )
    assert roles.get("Pierre Lamy") == "ambassadeur extraordinaire et plénipotentiaire de la République de Pologne"
    assert roles.get("Anne Vidal") == "ambassadeur extraordinaire et plénipotentiaire de la République du Bénin"


def test_items_after_a_comma_take_the_group_s_office_es() -> None:
    """"… los embajadores … . También recibió a X, de la Confederación Suiza; Y, de Jamaica": embajador de …"""
    roles = _roles(
        "Valville, 12 de marzo de 2025. El presidente de Valdoria, Pablo Marín, recibió este martes las cartas "
        "credenciales de los nuevos embajadores de Chile y de Perú.\nTambién recibió a Juan Roux, de la "
        "Confederación Suiza; Pedro Lamas, de Jamaica, y Luis Vidal, del Reino de España."
    )
    assert roles.get("Pedro Lamas") == "embajador de Jamaica"
    assert roles.get("Luis Vidal") == "embajador del Reino de España"


def test_a_role_noun_between_the_group_and_the_name_gives_it_no_group_office() -> None:
    """"… los embajadores … . El ministro X, de Chile, …": another office stands between, none of the group's."""
    roles = _roles(
        "Valville, 12 de marzo de 2025. El presidente de Valdoria, Pablo Marín, recibió este martes a los nuevos "
        "embajadores de Chile y de Perú.\nAsistió el canciller Juan Roux, de la República de Chile."
    )
    assert roles.get("Juan Roux") != "embajador de la República de Chile"
