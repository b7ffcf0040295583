"""Parties to an encounter that an adjective dates before the event ("the recent talks between X and Y") kept out of
the participants, on briefs invented for these tests (fictional people and places)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def test_parties_to_recent_talks_are_only_mentioned_en() -> None:
    text = (
        "Norland's Foreign Secretary Paul Marin met Valdorian Vice Minister Anna Berg in Belvar on Monday to discuss "
        "cooperation.\n\n"
        "In the meeting, Marin referred to the recent talks between President Karl Osten and Valdorian President Lena "
        "Holm on trade.\n"
    )
    brief = briefparse.parse(text, reference_date=REF)
    assert [p.name for p in brief.participants] == ["Paul Marin", "Anna Berg"]
    assert {"Karl Osten", "Lena Holm"} <= {p.name for p in brief.people_mentioned}
