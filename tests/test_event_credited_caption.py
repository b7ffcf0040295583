"""A credited photo caption among the opening sentences shows the event the lead reports and casts no vote of its
own (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse


def test_a_credited_caption_casts_no_vote():
    text = (
        "Beziehungen, Sicherheit, Handel: Außenministerin Marin reist zu Gesprächen nach Kessel\n\n"
        "Außenministerin Marin trifft in Kessel den norländischen Außenminister Ortega und die Handelsministerin "
        "Kessler © Bildagentur Valdorien\n\n"
        "Außenministerin Paula Marin reist heute zu Antrittsgesprächen mit ihrem norländischen Amtskollegen nach "
        "Kessel. Auch die Handelsministerin wird sie dort treffen. Im Mittelpunkt stehen Handel und Sicherheit."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "visit"
