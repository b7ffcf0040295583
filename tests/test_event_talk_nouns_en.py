"""Event type on briefs invented for these tests (fictional people and countries): talks told by their noun with no
counterpart right after it ("held discussion today with", "Hold Discussion", "engaged in discussions this week",
"consultations between the two") report a meeting."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Affairs State Minister, Norland Special Envoy Hold Discussion\n\n"
        "Kessel, August 8 (VNA) Foreign Affairs State Minister Paula Marin held discussion today with the Norland "
        "Special Envoy for the Lake Region Ivo Berg. She said Valdoria has been playing a constructive role.",
        "Representatives from Valdoria and Norland engaged in discussions this week to deepen bilateral relations in "
        "several sectors, namely fisheries, trade and food security. The delegations were led by Paul Marin and Ivo "
        "Berg.",
        "Valdoria and Norland held political consultations in Kessel on Tuesday. Deputy Foreign Minister Paul Marin "
        "led the Valdorian side, Ivo Berg the Norland one.",
    ],
)
def test_talks_told_by_their_noun_are_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"
