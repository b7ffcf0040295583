"""An inaugural call ("Antrittsbesuch") is a courtesy call on an office holder, not a visit of rank whose programme
the host's reception would be a part of: the host receiving the newcomer reports a meeting. Briefs invented for the
test; the names are made up."""

from __future__ import annotations

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Valmoras Botschafter auf Antrittsbesuch in Kessel\n\nLandeshauptmann Paul Ortega empfing am Mittwoch den "
        "valmoranischen Botschafter Tomas Berg im Landhaus. Besprochen wurden Fragen der Wirtschaft.",
        "Valmoras Außenminister kommt zu Antrittsbesuch nach Kessel\n\nAußenministerin Ina Marlow empfängt ihren "
        "neuen valmoranischen Kollegen Tomas Berg am Sonntag im Außenministerium. Bei dem Treffen soll es um die "
        "Zusammenarbeit gehen.",
    ],
    ids=["envoy", "minister"],
)
def test_an_inaugural_call_received_by_its_host_is_a_meeting(text: str) -> None:
    assert briefparse.parse(text, reference_date="2024-03-20").event_type == "meeting"


def test_a_state_visit_told_by_its_arrival_stays_a_visit() -> None:
    text = (
        "Valmoras Präsident in Kessel eingetroffen\n\nPräsident Tomas Berg ist am Dienstag zu einem dreitägigen "
        "Staatsbesuch in Kessel eingetroffen. Am Mittwoch empfängt ihn Präsidentin Ina Marlow im Schloss."
    )
    assert briefparse.parse(text, reference_date="2024-03-20").event_type == "visit"
