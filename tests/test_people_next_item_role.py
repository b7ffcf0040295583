"""A list of people each followed by a role in apposition, the next item opened by a comma, "and" and the link that
governed the one before ("en présence de M. X, directeur Europe, et de Y, conseiller"), on briefs invented for these
tests (fictional people and countries): the next item is a person with their own role, not what that role is of."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2025, 3, 13)

FRENCH_ROLE_NOUN = (
    "Valdoria, 12 mars 2025 — Le ministre des Affaires étrangères de Valdoria, Paul Marin, a reçu mardi "
    "l'ambassadeur de Norland, Luc Bonnet, en présence de M. Marc Ferrand, directeur Europe, et de Jean Rivière, "
    "conseiller spécial du ministre. Les deux parties ont évoqué la coopération bilatérale."
)
FRENCH_PLAIN_APPOSITION = (
    "Valdoria, 12 mars 2025 — Le ministre des Affaires étrangères de Valdoria, Paul Marin, a reçu mardi "
    "l'ambassadeur de Norland, Luc Bonnet, en présence de M. Marc Ferrand, directeur Europe, et de Jean Rivière, "
    "membre du bureau politique. Les deux parties ont évoqué la coopération bilatérale."
)
SPANISH_ROLE_NOUN = (
    "Valdoria, 12 de marzo de 2025 — El canciller de Valdoria, Pablo Marín, recibió el martes al embajador de "
    "Norland, Luis Bonet, en presencia del señor Marco Ferrán, director de Europa, y de Juan Ribera, asesor especial "
    "del canciller. Ambas partes abordaron la cooperación bilateral."
)


def roles(text: str) -> dict[str | None, str | None]:
    """The parser's participants, name to role."""
    return {p.name: p.role for p in briefparse.parse(text, reference_date=REF).participants}


def test_french_next_item_with_a_role_noun_is_a_person_with_that_role() -> None:
    found = roles(FRENCH_ROLE_NOUN)
    assert found.get("Jean Rivière") == "conseiller spécial du ministre"
    assert found.get("Marc Ferrand") == "directeur Europe"


def test_french_next_item_s_plain_apposition_is_its_role() -> None:
    assert roles(FRENCH_PLAIN_APPOSITION).get("Jean Rivière") == "membre du bureau politique"


def test_spanish_next_item_with_a_role_noun_is_a_person_with_that_role() -> None:
    found = roles(SPANISH_ROLE_NOUN)
    assert found.get("Juan Ribera") == "asesor especial del canciller"
    assert found.get("Marco Ferrán") == "director de Europa"
