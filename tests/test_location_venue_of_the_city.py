"""Location on briefs invented for these tests (fictional people, real cities): a city the event's sentence names gives
way to the venue the next event sentence names, when that venue names no other city ("… met in Nairobi. X received Y
at Harambee House"); a venue linked to another city ("the Palace of Culture in Kampala") does not take its place."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lima, 20 may (EFE).- Los cancilleres de Perú, Pablo Ortega, y de Chile, Juan Ruiz, se reunieron este "
            "lunes en Lima para abordar la agenda bilateral.\n\nOrtega recibió a Juan Ruiz en el Palacio Torre Tagle, "
            "sede de la Cancillería peruana.",
            "Palacio Torre Tagle",
        ),
        (
            "NAIROBI, May 20 - The foreign ministers of Kenya and Uganda, Paul Otieno and Peter Mugisha, met in "
            "Nairobi on Monday to discuss trade.\n\nOtieno received Mugisha at Harambee House, where the two signed a "
            "memorandum.",
            "Harambee House",
        ),
        (
            "The foreign ministers of Kenya and Uganda, Paul Otieno and Peter Mugisha, met in Nairobi on Monday to "
            "discuss trade.\n\nOtieno later received Mugisha at the Palace of Culture in Kampala.",
            "Nairobi",
        ),
    ],
)
def test_a_city_gives_way_to_a_venue_of_it_the_next_sentence_names(text: str, expected: str) -> None:
    assert place(text) == expected
