"""A capitalised run holding a noun of an act or a quality ("Gender Equality", "Women Empowerment", "Organisations
Régionales") names a thing or a body, not a person: no given name or surname ends in "-tion", "-ment" or "-ity"
(briefs written for these tests)."""

from __future__ import annotations

import briefparse


def test_english_memoranda_topics_are_no_one():
    brief = briefparse.parse(
        "Freetown, 3 May 2024 - President Tomas Varga received Foreign Minister Elina Moravec at State House, where "
        "the two sides signed an MoU on Gender Equality and Women Empowerment and an MoU on Youth Employment.\n"
    )
    names = {p.name for p in brief.participants}
    assert {"Tomas Varga", "Elina Moravec"} <= names
    assert not names & {"Gender Equality", "Women Empowerment", "Youth Employment"}, names


def test_french_bodies_are_no_one():
    brief = briefparse.parse(
        "Le ministre des Affaires étrangères, M. Ahmed Ould Sidi Vall, a reçu mardi, en audience dans son bureau à "
        "Nouakchott, M. Jean Morvan, secrétaire exécutif du Groupe des pays du Nord.\n"
        "L'entretien a eu lieu en présence de M. Paul Adéra, ambassadeur, directeur des Affaires Politiques et des "
        "Organisations Régionales Africaines au ministère.\n"
    )
    names = {p.name for p in brief.participants}
    assert {"Jean Morvan", "Paul Adéra"} <= names
    assert not any(n and "Organisations" in n for n in names), names


def test_a_name_after_a_portfolio_ending_on_such_a_noun_is_the_holder():
    brief = briefparse.parse(
        "Hanoi, 3 May 2024 - A delegation of the Norlandian Workers' Party led by Vice Chairman of the party's "
        "Commission for Mass Mobilisation Tomas Varga is paying a working visit to Valdoria from May 3 to 7.\n"
    )
    names = {p.name for p in brief.participants}
    assert "Tomas Varga" in names, names
    assert not any(n and "Mobilisation" in n for n in names), names


def test_plural_capitals_agreeing_with_a_plural_noun_are_its_adjectives():
    brief = briefparse.parse(
        "DAKAR, 3 mai (APS) - Le ministre des Affaires étrangères, Paul Marin, a reçu jeudi les représentants des "
        "Organisations Régionales Côtières et de la Commission Lind.\n"
    )
    names = {p.name for p in brief.participants}
    assert "Paul Marin" in names, names
    assert not any(n and "Régionales" in n for n in names), names
