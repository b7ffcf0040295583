"""Roles of the items of a list that a colon opens after a plural role and its complement, each item giving its name
first and its own country after it, on briefs invented for these tests (fictional people)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2025, 3, 12)


def _roles(text: str) -> dict[str | None, str | None]:
    """Each participant's name and role."""
    return {p.name: p.role for p in briefparse.parse(text, reference_date=REF).participants}


def test_colon_after_the_plural_role_s_complement_opens_the_list_es() -> None:
    """"los nuevos embajadores acreditados en el país: X, de Austria; Y, de Malta": every item is an ambassador of
    the country after its name."""
    roles = _roles(
        "El canciller recibió copias de cartas credenciales\n\n"
        "Valville, 12 de marzo de 2025. El canciller de Valdoria, Pablo Marín, recibió este martes las copias de las "
        "cartas credenciales de los nuevos embajadores acreditados en el país: Juan Roux, de Austria; Pedro Lamas, "
        "de Malta; Ana Vidal, de Noruega.\n\nLos encuentros se centraron en la cooperación bilateral."
    )
    assert [roles.get(n) for n in ("Juan Roux", "Pedro Lamas", "Ana Vidal")] == [
        "embajador de Austria",
        "embajador de Malta",
        "embajador de Noruega",
    ]


def test_colon_after_the_plural_role_s_adjective_opens_the_list_fr() -> None:
    """"les ambassadeurs suivants : X, de Norland ; Y, d'Ostrovie": no item takes the host's office; each is the
    ambassador of the country after its name."""
    roles = _roles(
        "Le ministre reçoit les nouveaux ambassadeurs\n\n"
        "Valville, 12 mars 2025 — Le ministre des Affaires étrangères de Valdoria, Paul Marin, a reçu mardi à "
        "Valville les ambassadeurs suivants : Jean Roux, de Norland ; Pierre Lamy, d'Ostrovie ; Anne Vidal, de "
        "Lusitanie.\n\nLes entretiens ont porté sur la coopération bilatérale."
    )
    assert [roles.get(n) for n in ("Jean Roux", "Pierre Lamy", "Anne Vidal")] == [
        "ambassadeur de Norland",
        "ambassadeur d'Ostrovie",
        "ambassadeur de Lusitanie",
    ]


def test_colon_after_a_verb_opens_no_list_under_the_role_before_it() -> None:
    """"les ambassadeurs ont déclaré : …": the colon closes a clause, so a name after it is none of theirs."""
    roles = _roles(
        "Valville, 12 mars 2025 — Le ministre des Affaires étrangères de Valdoria, Paul Marin, a reçu mardi les "
        "ambassadeurs de Norland et d'Ostrovie, qui ont déclaré : Jean Roux, porte-parole du ministère, suivra le "
        "dossier."
    )
    assert roles.get("Jean Roux") != "ambassadeur"


def test_comma_after_a_plural_role_s_adjective_opens_the_list() -> None:
    """"los parlamentarios andinos, X, Y y Z": the first item shares the role the next ones take."""
    roles = _roles(
        "Valville, 12 de marzo de 2025. El presidente del Congreso de Valdoria, Pablo Marín, se reunió este martes "
        "con los parlamentarios andinos, Juan Roux, Pedro Lamas y Luis Vidal, para tratar la agenda regional."
    )
    assert [roles.get(n) for n in ("Juan Roux", "Pedro Lamas", "Luis Vidal")] == ["parlamentario andino"] * 3


def test_name_right_after_the_plural_role_opens_the_list_es() -> None:
    """"los embajadores X, de Austria; Y, de Malta": without a colon too, a name first means each item's country
    follows its name, so no item takes the country of the one before it, and each takes its own."""
    roles = _roles(
        "Valville, 12 de marzo de 2025. El presidente de Valdoria, Pablo Marín, recibió este martes las cartas "
        "credenciales de tres nuevos embajadores.\n\nPresentaron sus cartas los embajadores Juan Roux, de la "
        "República de Austria; Pedro Lamas, de la República de Malta, y Ana Vidal, del Reino de Noruega."
    )
    assert [roles.get(n) for n in ("Pedro Lamas", "Ana Vidal")] == [
        "embajador de la República de Malta",
        "embajador del Reino de Noruega",
    ]
