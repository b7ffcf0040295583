"""A German headline's pair of office nouns is no pair of surnames (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse

_BODY = (
    "\n\nInnsbruck (LK) - Landeshauptmann Anton Berger empfing am Montag eine Gruppe ausländischer Gäste im "
    "Landhaus und sprach mit ihnen über Tourismus und Forschung.\n"
)


def _names(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).participants}


@pytest.mark.parametrize(
    "headline",
    ["Diplomatinnen und Diplomaten auf Tirol-Besuch", "Botschafterinnen und Botschafter zu Gast in Innsbruck"],
)
def test_an_office_s_feminine_and_masculine_plurals_are_no_surnames(headline: str):
    names = _names(headline + _BODY)
    assert "Anton Berger" in names
    assert not {"Diplomatinnen", "Diplomaten", "Botschafterinnen", "Botschafter"} & names


def test_two_surnames_in_a_headline_still_take_part():
    text = "Berger und Kessler beraten über Verkehr" + _BODY.replace("eine Gruppe ausländischer Gäste", "Ute Kessler")
    assert {"Anton Berger", "Ute Kessler"} <= _names(text)
