"""Event type on French readouts invented for these tests (fictional people, real countries): a talk with a person
that nothing places ("Le premier ministre s'est entretenu aujourd'hui avec le président X", "a discuté mercredi avec
son homologue") reports a call, as a government's readout writes it without naming the phone; the same talk in a city,
after a meeting held in person, or told only after what the brief first reports, stays a meeting."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Le premier ministre Paul Vernier s'entretient avec la présidente de l'Islande, Anna Berg\n\n"
        "Le premier ministre Paul Vernier s'est entretenu aujourd'hui avec la présidente de l'Islande, Anna Berg. "
        "Les deux dirigeants ont discuté de la pêche et ont convenu de rester en contact.",
        "Le ministre des Affaires étrangères, Luc Sarrel, a discuté mercredi avec son homologue chilien, Ana Brook, "
        "de nouvelles sanctions, a indiqué la porte-parole du ministère dans un communiqué.",
    ],
)
def test_a_talk_nothing_places_is_a_readouts_call(text: str) -> None:
    assert parse(text).event_type == "phone_call"


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre des Affaires étrangères, Luc Sarrel, s'est entretenu mardi à Bruxelles avec son homologue "
        "chilien, Ana Brook. Ils ont discuté de la pêche.",
        "Le président Paul Vernier a reçu mardi son homologue islandais Anna Berg et s'est entretenu avec elle de la "
        "pêche.",
        "Vernier partage ses impressions sur la pêche en Islande\n\n"
        "Le ministre Paul Vernier a partagé vendredi ses impressions sur la pêche en Islande lors d'une discussion de "
        "travail. Le ministre Paul Vernier s'est entretenu avec son homologue islandaise Anna Berg sur la pêche.",
    ],
)
def test_a_talk_held_in_person_stays_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"
