"""French names and the elided "d'": a particle written against a surname stays in the name ("Paul Marin d'Arvel"),
the same word before a given name is a preposition that a name follows ("accompagnée d'Alexandre Verdal"), and no
name opens on it ("l'ambassadeur d'Australie", "Burkina Faso-Côte d'Ivoire"). Fictional people."""

from __future__ import annotations

import briefparse

PARTICLE_IN_SURNAME = "Le ministre valdorien Jean Dufort a reçu l'ambassadeur de Norland à Kessel, Paul Marin d'Arvel."
AFTER_PREPOSITION = (
    "La Première ministre valdorienne Anne Moreau se rend en Norland ce mercredi. Elle est accompagnée notamment "
    "d'Alexandre Verdal et de Luc Brun."
)
PLACES_AFTER_D = (
    "Le ministre valdorien Jean Dufort a reçu mardi l'ambassadeur d'Australie, Paul Marin, puis a évoqué la "
    "coopération Burkina Faso-Côte d'Ivoire."
)


def named(text: str) -> list[str | None]:
    """Whom the parser has take part, then whom it only mentions."""
    brief = briefparse.parse(text)
    return [p.name for p in (*brief.participants, *brief.people_mentioned)]


def test_particle_written_against_the_surname_stays_in_the_name() -> None:
    assert "Paul Marin d'Arvel" in named(PARTICLE_IN_SURNAME)


def test_name_after_an_elided_preposition_is_whole() -> None:
    assert "Alexandre Verdal" in named(AFTER_PREPOSITION)


def test_no_name_opens_on_an_elided_particle() -> None:
    found = named(PLACES_AFTER_D)
    assert "Paul Marin" in found
    assert not [n for n in found if n and ("Australie" in n or "Ivoire" in n)]
