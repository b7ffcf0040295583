"""A party named bare takes the role-only phrase the brief gives its office later ("le président américain a …",
"son homologue américain"), when the officeholders register knows them in that office for that country."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse
from briefparse.extract import people
from briefparse.officeholders import Term

_REGISTER = {
    "Paul Varenne": (Term("Paul Varenne", "FR", "head_of_state", dt.date(2030, 1, 1), None),),
    "Tom Kessling": (Term("Tom Kessling", "US", "head_of_state", dt.date(2030, 1, 1), None),),
    "Ada Lindqvist": (Term("Ada Lindqvist", "US", "foreign_minister", dt.date(2030, 1, 1), None),),
}


@pytest.fixture(autouse=True)
def _invented_register(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people, "terms", lambda name: _REGISTER.get(name, ()))


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_later_role_only_phrase_fr() -> None:
    roles = _roles(
        "Paul Varenne et Tom Kessling se sont entretenus au téléphone mardi 4 juin 2030.\n\n"
        "Selon l'Élysée, le président américain a salué la coopération entre les deux pays."
    )
    assert roles["Tom Kessling"] == "président américain"
    assert roles["Paul Varenne"] is None


def test_counterpart_phrase_fr() -> None:
    roles = _roles(
        "Paul Varenne s'est entretenu mardi 4 juin 2030 au téléphone avec Tom Kessling.\n\n"
        "Le chef de l'État a remercié son homologue américain pour son soutien."
    )
    assert roles["Tom Kessling"] == "homologue américain"


def test_office_not_held_is_left() -> None:
    roles = _roles(
        "Paul Varenne s'est entretenu mardi 4 juin 2030 au téléphone avec Ada Lindqvist.\n\n"
        "Le président américain doit se rendre en France le mois prochain."
    )
    assert roles["Ada Lindqvist"] is None


def test_apposition_of_another_name_is_left() -> None:
    roles = _roles(
        "Paul Varenne s'est entretenu mardi 4 juin 2030 au téléphone avec Tom Kessling.\n\n"
        "Selon l'Élysée, Karl Brenner, le président américain du comité, a salué l'entretien."
    )
    assert roles["Tom Kessling"] is None


def test_parties_told_by_role_first_are_left() -> None:
    roles = _roles(
        "Le président français s'est entretenu mardi 4 juin 2030 au téléphone avec son homologue américain.\n\n"
        "Paul Varenne et Tom Kessling ont évoqué la coopération. Le président américain a salué l'entretien."
    )
    assert roles.get("Tom Kessling") != "président américain"
