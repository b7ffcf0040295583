"""Location on briefs invented for these tests (fictional people, real cities): a place whose name opens with an
abbreviation ("St. Petersburg") is not cut at its dot; a venue of an earlier occasion ("Earlier, …") is not the
event's; a building named by its noun ("l'immeuble X", "el edificio X") is a venue."""

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
            "Magdeburg, 20. Mai 2024\n\nMinisterpräsident Karl Wendler traf am Montag bei einem Empfang im Haus der "
            "Deutschen Wirtschaft in St. Petersburg den Gouverneur Pavel Orlov zu einem Gespräch.",
            "Haus der Deutschen Wirtschaft in St. Petersburg",
        ),
        (
            "Governor Paul Ortega met the Mayor Anna Brook on Monday at the Hall of the Merchants Guild of St. Louis "
            "to discuss trade.",
            "Hall of the Merchants Guild of St. Louis",
        ),
    ],
)
def test_a_place_is_not_cut_at_an_abbreviation_in_its_name(text: str, expected: str) -> None:
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LAHORE: The Punjab Governor, Ali Raza Khan, called on Prime Minister Imran Noor here Sunday and discussed "
            "matters of mutual interest.\n\nEarlier, Dr Bilal Shah called on Governor Ali Raza Khan at Governor "
            "House.",
            "LAHORE",
        ),
    ],
)
def test_the_venue_of_an_earlier_occasion_is_not_the_place(text: str, expected: str) -> None:
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Premier ministre Paul Ndongo a réuni le gouvernement à l'immeuble Soleil à Yaoundé ce jeudi.",
            "immeuble Soleil à Yaoundé",
        ),
        (
            "El ministro Pablo Ortega recibió el lunes a su homólogo Juan Ruiz en el edificio del Congreso en Lima.",
            "edificio del Congreso en Lima",
        ),
    ],
)
def test_a_building_named_by_its_noun_is_a_venue(text: str, expected: str) -> None:
    assert place(text) == expected
