"""Location on briefs invented for these tests (fictional people, real cities): a venue named by its noun alone, in
lower case, right before its city ("au palais présidentiel à Nouakchott", "at the presidential palace in Kabul") is
read as the same venue named in capitals is: the venue with its city, not the city alone."""

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
            "Le président Ivo Marel a reçu en audience, jeudi au palais présidentiel à Nouakchott, M. Paul Ortega, "
            "chef de l'opposition valmorane.\n\nLes deux hommes ont évoqué la situation du pays.",
            "palais présidentiel à Nouakchott",
        ),
        (
            "Le président Ivo Marel a reçu en audience, jeudi au Palais présidentiel à Nouakchott, M. Paul Ortega, "
            "chef de l'opposition valmorane.\n\nLes deux hommes ont évoqué la situation du pays.",
            "Palais présidentiel à Nouakchott",
        ),
        (
            "President Ivo Marel received the Valmoran ambassador Paul Ortega at the presidential palace in Kabul on "
            "Monday.\n\nThey discussed bilateral ties.",
            "presidential palace in Kabul",
        ),
    ],
)
def test_a_venue_named_by_its_noun_keeps_the_city_written_after_it(text: str, expected: str) -> None:
    assert place(text) == expected


def test_a_city_with_no_venue_before_it_stays_the_city() -> None:
    text = "Le président Ivo Marel a reçu jeudi à Nouakchott M. Paul Ortega.\n\nIls ont parlé de commerce."
    assert place(text) == "Nouakchott"
