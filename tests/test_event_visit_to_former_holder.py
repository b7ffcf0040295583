"""Event type on briefs invented for these tests (fictional people): a visit paid to a former officeholder ("visited
former president X", "a rendu visite à l'ancien président X") is a call on that person, which briefs report as a
meeting, as a visit paid to a sitting one is; a visit to a place the same word qualifies stays a visit."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Berg visits Ortega at his home\n\n"
        "President Tomas Berg visited former president Paul Ortega at his home in Kessel on Monday. The two leaders "
        "had a long chat about the country's history.",
        "Le président Tomas Berg a rendu visite à l'ancien président Paul Ortega lundi dans sa maison de Kessel. Les "
        "deux hommes ont longuement discuté.",
    ],
    ids=["en", "fr"],
)
def test_a_visit_paid_to_a_former_officeholder_is_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


def test_a_visit_to_a_former_capital_stays_a_visit() -> None:
    assert parse("President Tomas Berg visited the former capital Kessel on Monday.").event_type == "visit"
