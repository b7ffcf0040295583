"""A brief with no day it was written dates its story in full first, then recalls a day weeks before it ("nach der
Wahl der Regierung am 18. Dezember vergangenen Jahres"): that earlier occasion does not date the event, even when
its sentence names talks or a visit and the sentence of the full date names none.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Porta Nova – Landeshauptmann Paul Marin fährt morgen nach Valdora.\n"
            "Am morgigen Dienstag, den 12. März 2024, unternimmt Landeshauptmann Paul Marin eine Dienstreise nach "
            "Valdora.\n"
            "Es sind dies die ersten offiziellen Arbeitsgespräche von Paul Marin mit Präsidentin Ana Ortega nach "
            "der Wahl der neuen Regierung am 18. Dezember vergangenen Jahres.",
            "2024-03-12",
        ),
        (
            "Porta Nova – Le gouverneur Paul Marin part demain pour Valdora.\n"
            "Le mardi 12 mars 2024, le gouverneur Paul Marin effectuera un déplacement à Valdora.\n"
            "Il s'agira de ses premiers entretiens officiels avec la présidente Ana Ortega après la formation du "
            "nouveau gouvernement le 18 décembre dernier.",
            "2024-03-12",
        ),
    ],
)
def test_a_day_recalled_weeks_before_the_first_full_day_does_not_date_the_event(text: str, iso: str):
    assert briefparse.parse(text).date == iso


def test_a_later_day_after_a_first_background_day_still_dates_the_event():
    text = (
        "Porta Nova – Les élections du dimanche 29 juin 2025 ont renouvelé le parlement de Valdora.\n"
        "Le gouverneur Paul Marin a reçu mardi 1er juillet les nouveaux élus au palais du gouvernement."
    )
    assert briefparse.parse(text).date == "2025-07-01"
