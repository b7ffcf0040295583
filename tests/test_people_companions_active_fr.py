"""French companions told with the verb "accompagner" in the active voice, or present "en présence d'" a party, on
briefs invented for these tests (fictional people and countries): they take part."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)

LISTED_AFTER_COLON = (
    "Le Premier ministre de Valdoria, Anne Moreau, entame lundi une mission en Norland. "
    "Elle sera reçue à Kessel par le président de Norland, Jean Dufort. "
    "Trois ministres valdoriens l'accompagnent : Paul Marin (Finances), Luc Verdal (Éducation) et Eva Brun (Santé)."
)
PRESENT_WITH_A_DELEGATION = (
    "Le Premier ministre de Valdoria, Anne Moreau, a eu hier une discussion chaleureuse avec le président de "
    "Norland, Jean Dufort. Selon la Primature, les échanges ont eu lieu en présence d'une forte délégation qui "
    "accompagnait le président, dont son ministre des Affaires étrangères, M. Paul Marin et son conseiller, Luc Verdal."
)


def taking_part(text: str) -> set[str | None]:
    """The names of whom the parser has take part."""
    return {p.name for p in briefparse.parse(text, reference_date=REF).participants}


def test_companions_listed_after_l_accompagnent_take_part() -> None:
    assert {"Paul Marin", "Luc Verdal", "Eva Brun"} <= taking_part(LISTED_AFTER_COLON)


def test_party_of_a_delegation_one_talked_in_the_presence_of_takes_part() -> None:
    assert {"Paul Marin", "Luc Verdal"} <= taking_part(PRESENT_WITH_A_DELEGATION)


WITH_AN_ADVERB = (
    "Une importante délégation du gouvernement valdorien se rend en Norland ce mercredi pour une mission de trois "
    "jours. Une première depuis de nombreuses années. La Première ministre Anne Moreau, à la tête de cette "
    "délégation, est accompagnée notamment de Paul Marin (Parti Vert) et de Luc Verdal (Union Centre)."
)


def test_companions_after_accompagnee_notamment_de_take_part() -> None:
    assert {"Anne Moreau", "Paul Marin", "Luc Verdal"} <= taking_part(WITH_AN_ADVERB)
