"""An untitled brief that names a visit only in its opening sentence, and whose next sentences tell of nothing but
the talks, reports the talks: the visit sets the scene. A visit the next sentences go on telling of stays the visit."""

from __future__ import annotations

import pytest

import briefparse


@pytest.mark.parametrize("occasion", ["lors de sa visite", "lors d'une visite", "au cours d'une visite"])
def test_a_visit_that_opens_a_brief_about_talks_sets_their_scene(occasion):
    """The occasion's cue may end on an elided article ("lors d'une visite")."""
    text = (
        f"Le premier ministre valdorien s'est montré très conciliant {occasion} à Dakar, jeudi matin.\n\n"
        "Paul Varenne et Macky Diallo ont eu un long tête-à-tête au palais présidentiel.\n\n"
        "À l'issue de cette réunion, M. Varenne a évoqué la coopération économique entre les deux pays.\n"
    )
    assert briefparse.parse(text, language="fr").event_type == "meeting"


def test_a_visit_told_with_the_reception_it_held_sets_the_scene_of_the_talks():
    text = (
        "Le ministre valdorien Paul Varenne a effectué une visite de travail à Dakar où il a été reçu au palais.\n\n"
        "Cette rencontre était l'occasion pour M. Varenne de discuter avec le président Macky Diallo.\n\n"
        "Au cours de la rencontre, les deux parties ont examiné les projets communs des deux pays.\n"
    )
    assert briefparse.parse(text, language="fr").event_type == "meeting"


def test_a_visit_the_brief_goes_on_telling_of_stays_the_visit():
    text = (
        "Le premier ministre valdorien s'est montré très conciliant lors de sa visite à Dakar, jeudi matin.\n\n"
        "Paul Varenne et Macky Diallo ont eu un long tête-à-tête au palais présidentiel.\n\n"
        "Le premier ministre se rendra ensuite à Saint-Louis pour visiter le port.\n"
    )
    assert briefparse.parse(text, language="fr").event_type == "visit"
