"""German roles whose noun is shared by truncated compounds ("Agrar- und Umweltminister"), on invented briefs."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _roles(text: str) -> dict[str | None, str | None]:
    """Each participant's name and role."""
    return {p.name: p.role for p in briefparse.parse(text, reference_date=REF).participants}


def test_two_compounds_joined_by_und_share_the_role_noun() -> None:
    """"Agrar- und Umweltminister X": the whole coordination is the role, not its last compound alone."""
    roles = _roles(
        "Lindau (dpa) - Agrar- und Umweltminister Paul Marin reist am Samstag nach Valdoria. Er traf dort den "
        "Präsidenten Karl Norberg."
    )
    assert roles["Paul Marin"] == "Agrar- und Umweltminister"


def test_a_list_of_compounds_with_commas_shares_the_role_noun() -> None:
    """"Wirtschafts-, Verkehrs- und Technologieminister X": every truncated item belongs to the role."""
    roles = _roles(
        "Der Wirtschafts-, Verkehrs- und Technologieminister Paul Marin empfing am Montag in Lindau den "
        "Botschafter von Valdoria, Karl Norberg."
    )
    assert roles["Paul Marin"] == "Wirtschafts-, Verkehrs- und Technologieminister"
