"""A state welcome told by its noun alone ("was accorded a state welcome at the Union Buildings"), like an official
or ceremonial one, is a state guest's arrival: a visit. Briefs invented for the test; the places are real."""

from __future__ import annotations

import briefparse


def test_a_state_welcome_is_a_visit() -> None:
    text = (
        "President Tomas Berg of Chile was on Monday accorded a state welcome at the Union Buildings in Pretoria by "
        "President Ines Marlow."
    )
    brief = briefparse.parse(text, reference_date="2024-05-07")
    assert brief.event_type == "visit"
    assert brief.location == "Union Buildings in Pretoria"
