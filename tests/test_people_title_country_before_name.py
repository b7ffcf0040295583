"""A title, the country it is of, then the name: the country is no word of the name, even when it is written
against an elided particle inside a capitalised run ("Sultan d'Oman Tarik X") or when a given name shares it
("the President of Chad Abakar X", "Minister of India X"). A family name's particle stays in the name ("Girard
d'Estaing"). Briefs invented for the test; the names are fictional."""

from __future__ import annotations

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_an_elided_country_inside_a_run_is_the_titles() -> None:
    text = (
        "Le Roi Karim Adjovi a eu mardi un échange téléphonique avec Sa Majesté Sultan d’Oman Tarik Ben Salem "
        "Ben Nasser, indique un communiqué."
    )
    assert "Tarik Ben Salem Ben Nasser" in _names(text)


def test_a_country_a_given_name_shares_after_of() -> None:
    text = (
        "King Karim Adjovi held a phone call on Monday with the President of Chad Abakar Ousmane Tchere, the royal "
        "office said."
    )
    assert "Abakar Ousmane Tchere" in _names(text)


def test_a_family_particle_stays_in_the_name() -> None:
    text = "Le président Marc Adjovi a reçu lundi à Paris Louis Girard d'Estaing, ancien ministre."
    assert "Louis Girard d'Estaing" in _names(text)
