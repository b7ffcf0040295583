"""At a summit, whoever speaks there took part, the speech told with an adverb after the auxiliary ("a également
fait une déclaration", "s'est ainsi adressé à ses pairs", "a également souligné") or by wishing ("a souhaité que")
(briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse

_OPENING = (
    "Le sommet des chefs d'Etat de l'Union du fleuve Sarou s'est ouvert samedi à Kindia sous la présidence du "
    "président guinéen Amadou Tolno. Les présidents Paul Meriga (Sierra Leone) et Jean Kolami (Liberia) y "
    "participent. "
)


def _participants(sentence: str) -> set[str]:
    brief = briefparse.parse(_OPENING + sentence, reference_date=dt.date(2024, 5, 14))
    assert brief.event_type == "conference"
    return {p.name for p in brief.participants}


def test_an_officer_who_also_made_a_statement_takes_part() -> None:
    names = _participants(
        "Le président de la Commission, Karim Desouba, a également fait une déclaration avant le huis clos."
    )
    assert "Karim Desouba" in names


def test_a_chair_who_addressed_his_peers_takes_part() -> None:
    names = _participants("Le président en exercice de l'Union, Karim Desouba, s'est ainsi adressé à ses pairs.")
    assert "Karim Desouba" in names


def test_a_leader_who_wished_something_takes_part() -> None:
    names = _participants(
        "La présidente du Liberia, Awa Kollie, présidente en exercice de l'Union, a souhaité que l'organisation "
        "agisse vite."
    )
    assert "Awa Kollie" in names


def test_a_speech_verb_with_an_adverb_after_its_auxiliary_still_counts() -> None:
    names = _participants("Le président de la Commission, Karim Desouba, a également souligné l'urgence.")
    assert "Karim Desouba" in names
