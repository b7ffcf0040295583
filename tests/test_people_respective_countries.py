"""A plural role naming two countries, then its holders handed out in order ("les ambassadeurs du Niger et de la
France au Togo, respectivement MM. X et Y"), on briefs invented for these tests (fictional people; the countries are
real, since the register of territories is what tells a country from a name): each holder gets one country, in
order, and the post the office is held in."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2025, 3, 13)

RESPECTIVELY_WITH_POST = (
    "Valdoria, 12 mars 2025 — Le Premier ministre de Valdoria, Paul Marin, a reçu mardi les nouveaux ambassadeurs "
    "de Finlande et de la Suède en Valdoria, respectivement MM. Luc Bonnet et Jean Rivière. Ils ont évoqué la "
    "coopération."
)
RESPECTIVELY_WITHOUT_POST = (
    "Valdoria, 12 mars 2025 — Le Premier ministre de Valdoria, Paul Marin, s'est entretenu mardi avec les "
    "ambassadeurs de Finlande et de Suède, respectivement MM. Luc Bonnet et Jean Rivière."
)

SPANISH_RESPECTIVELY = (
    "Valdoria, 12 de marzo de 2025 — El canciller Pablo Marín recibió el martes a los embajadores de Finlandia y de "
    "Suecia, respectivamente los señores Luc Bonnet y Jean Rivière."
)


def holders_roles(text: str) -> list[str | None]:
    """The roles the parser gives Luc Bonnet and Jean Rivière, in text order."""
    participants = briefparse.parse(text, reference_date=REF).participants
    return [p.role for p in participants if p.name in {"Luc Bonnet", "Jean Rivière"}]


def test_each_holder_gets_its_country_in_order_and_the_shared_post() -> None:
    expected = ["ambassadeur de Finlande en Valdoria", "ambassadeur de la Suède en Valdoria"]
    assert holders_roles(RESPECTIVELY_WITH_POST) == expected


def test_each_holder_gets_its_country_in_order_after_respectivement() -> None:
    assert holders_roles(RESPECTIVELY_WITHOUT_POST) == ["ambassadeur de Finlande", "ambassadeur de Suède"]


def test_spanish_respectivamente_hands_each_holder_its_country() -> None:
    assert holders_roles(SPANISH_RESPECTIVELY) == ["embajador de Finlandia", "embajador de Suecia"]


def test_each_item_s_country_right_before_its_name_is_its_own() -> None:
    text = (
        "Le président de la République, Paul Marin, a reçu mercredi les lettres de créance des ambassadeurs du "
        "Portugal Luc Bonnet, de Suède Jean Rivière et du Japon Marc Aubert."
    )
    participants = briefparse.parse(text, reference_date=REF).participants
    assert {p.name: p.role for p in participants if p.name != "Paul Marin"} == {
        "Luc Bonnet": "ambassadeur du Portugal",
        "Jean Rivière": "ambassadeur de Suède",
        "Marc Aubert": "ambassadeur du Japon",
    }
