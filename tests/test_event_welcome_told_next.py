"""A reception whose official welcome the next sentence tells is a guest's arrival, a visit: the welcome may be told
by the guest receiving the honours, by the anthems played, or before the talks the guests withdraw for (briefs
written for these tests, invented people)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


@pytest.mark.parametrize(
    "text",
    [
        "Le président Paul Marin a été reçu lundi matin par la présidente de la Norlande, Ines Marlow, au domaine "
        "de Kessel.\n\nArrivé sur les lieux à 11 heures, le président Marin a reçu les honneurs militaires de la "
        "garde.\n\nLes deux délégations se sont ensuite retirées pour une séance de travail.",
        "El presidente Tomás Ferro recibió este mediodía al presidente de Portugal, Rui Lemos, en el patio del "
        "Palacio de Kessel.\n\nTras la recepción oficial, en la que se entonaron los himnos de los dos países, se "
        "retiraron para sostener una reunión privada.",
        "President Paul Marin received Norland's President Ines Marlow at the Kessel Palace on Tuesday.\n\nThe "
        "national anthems of both countries were played before the two leaders greeted the delegations.",
        "Bundespräsident Paul Marin empfing am Dienstag den Präsidenten Norlands, Ines Marlow, im Schloss "
        "Kessel.\n\nNach dem Abspielen der Nationalhymnen schritten die beiden Präsidenten die Ehrenformation ab.",
    ],
    ids=["fr-honours-received", "es-talks-after-welcome", "en-anthems", "de-anthems"],
)
def test_a_reception_welcomed_in_the_next_sentence_is_a_visit(text):
    assert event_type(text) == "visit"


def test_talks_the_guests_withdraw_for_without_a_welcome_stay_a_meeting():
    text = (
        "El presidente Tomás Ferro recibió este mediodía al presidente de Portugal, Rui Lemos, en el Palacio de "
        "Kessel.\n\nTras el saludo, se retiraron para sostener una reunión privada."
    )
    assert event_type(text) == "meeting"
