"""A summit brief that tells no meeting, call, visit or signing: the sentence that names the gathering tells where it
was held ("a tenu son sommet … à Lomé"), not a later statement's topic ("a salué les efforts … au Mali"), which would
otherwise stand in for the event's sentence. Briefs invented for the test; the names are fictional, the cities real."""

from __future__ import annotations

import briefparse

_BRIEF = (
    "La Communauté des États du Golfe de Guinée a tenu son sommet ordinaire des chefs d'État le samedi 14 mars à "
    "Lomé au Togo.\n\n"
    "Ce douzième sommet s'est penché sur la sécurité maritime et le commerce dans les neuf pays membres. Paul "
    "Valdoran, président en exercice de la Communauté, a salué les efforts de l'organisation pour la stabilisation "
    "au Mali et au Niger.\n\n"
    "Au total, sept chefs d'État sur neuf ont pris part au sommet de Lomé."
)


def test_the_summit_s_sentence_places_it_over_a_statement_s_topic() -> None:
    brief = briefparse.parse(_BRIEF, reference_date="2026-03-16")
    assert brief.event_type == "conference"
    assert brief.location == "Lomé"


def test_a_meeting_told_beside_the_summit_keeps_its_own_sentence() -> None:
    """A meeting the brief tells keeps the event's sentences as they were: the rule only reorders statements."""
    text = _BRIEF.replace(
        "a salué les efforts de l'organisation pour la stabilisation au Mali et au Niger",
        "a reçu en audience à Accra le ministre malien des Affaires étrangères",
    )
    brief = briefparse.parse(text, reference_date="2026-03-16")
    assert brief.location == "Accra"
