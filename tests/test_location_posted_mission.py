"""A place after a mission posted abroad and its country (an embassy, a delegation) is the mission's post, not where
the event was (briefs written for these tests, invented names); a mission after a place preposition is the venue,
and its city stays the place."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Minister Tomas Brandt meets Head of the EU Delegation to Russia Ana Lind\n\nOn 20 February Deputy "
        "Foreign Minister Tomas Brandt received Ana Lind. The meeting focused on bilateral relations.",
        "Le ministre Paul Marin a eu vendredi un entretien avec la chargée d'affaires de l'ambassade des Etats Unis à "
        "Port-au-Prince, Jeanne Lind. La diplomate avait été convoquée par le ministre.",
    ],
    ids=["delegation-en", "embassy-fr"],
)
def test_a_missions_post_is_no_place(text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 2, 21)).location is None


def test_a_mission_that_is_the_venue_stays() -> None:
    text = (
        "Minister Tomas Brandt attended on Tuesday a reception at the Embassy of Kessel in Marlow, hosted by "
        "Ambassador Ana Lind."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 2, 21)).location in ("Embassy of Kessel", "Marlow")
