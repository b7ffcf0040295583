"""A settlement's noun with its own adjectives ("in the southern French city of Nice", "dans la ville côtière de
Mombasa"), after a preposition that names a place only before such a noun ("dans la ville de", "sur l'île de"),
places the event in the town that closes the phrase; those prepositions before anything else still name no place.

Every brief here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse

_DAY = dt.date(2024, 3, 16)


@pytest.mark.parametrize(
    ("phrase", "city"),
    [
        ("in the southern Kenyan city of Mombasa", "Mombasa"),
        ("in the coastal city of Mombasa", "Mombasa"),
        ("in the Kenyan port city of Mombasa", "Mombasa"),
        ("in the northeastern Chinese coastal city of Dalian", "Dalian"),
    ],
    ids=["compass-nationality", "coastal", "nationality-port", "two-adjectives"],
)
def test_the_city_after_a_settlement_noun_with_its_adjectives_en(phrase: str, city: str) -> None:
    text = f"Foreign Minister Ana Lind met her counterpart Paul Marin on Thursday {phrase}.\n"
    assert briefparse.parse(text, reference_date=_DAY).location == city


@pytest.mark.parametrize(
    ("phrase", "city"),
    [
        ("dans la ville de Mombasa", "Mombasa"),
        ("dans la ville côtière de Mombasa", "Mombasa"),
        ("dans la capitale kényane, Nairobi", "Nairobi"),
        ("dans la station balnéaire de Sotchi", "Sotchi"),
        ("sur l'île indonésienne de Bali", "Bali"),
    ],
    ids=["dans-ville", "adjective", "capital-comma", "resort", "island"],
)
def test_the_city_after_a_settlement_noun_fr(phrase: str, city: str) -> None:
    text = f"Le ministre Paul Arnaud a rencontré mardi son homologue Marc Dubreuil {phrase}.\n"
    assert briefparse.parse(text, reference_date=_DAY).location == city


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Arnaud a rencontré mardi son homologue Marc Dubreuil dans un climat cordial.\n",
        "Le ministre Paul Arnaud a échangé mardi avec son homologue Marc Dubreuil sur la situation au Sahel.\n",
    ],
    ids=["dans-manner", "sur-topic"],
)
def test_those_prepositions_before_anything_else_name_no_place(text: str) -> None:
    assert briefparse.parse(text, reference_date=_DAY).location is None
