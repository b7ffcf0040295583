"""An opening sentence whose only event word a negation denies in the pluperfect sets the scene ("Dix ans qu'un
président n'avait été reçu à …"): the lead is the sentence that reports the event; a denial in the story's own
time is the news itself and still leads."""

import datetime as dt

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 8)).summary_points[0]


def test_fr_a_pluperfect_denial_sets_the_scene() -> None:
    lead = _lead(
        "Dix ans qu’un président norlandais n’avait été reçu à Port-Valdor. Le président Paul Marin a reçu "
        "mercredi au palais son homologue norlandais, Lars Dahl, pour une visite de deux jours."
    )
    assert lead.startswith("Le président Paul Marin a reçu")


def test_fr_a_denial_in_the_story_s_time_still_leads() -> None:
    lead = _lead(
        "Le président Paul Marin n'a pas reçu lundi l'ambassadeur du Norland, Lars Dahl, contrairement à ce qui "
        "était annoncé. La rencontre a été reportée à une date ultérieure."
    )
    assert lead.startswith("Le président Paul Marin n'a pas reçu")
