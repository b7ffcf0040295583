"""A title's visit named by its rank that the lead shows to be paid to a person is a call on them, a meeting
(briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


def test_a_ranked_visit_paid_to_a_person_frames_no_visit():
    text = (
        "Valdorischer Botschafter auf Antrittsbesuch\n\nLandeshauptmann Kessler empfing Paul Marin – Gespräch über "
        "Wirtschaft, Tourismus und Bildung zwischen Kessel und Valdorien\n\nDer Botschafter "
        "Valdoriens, Paul Marin, absolvierte heute seinen Antrittsbesuch bei Landeshauptmann Ines Kessler. Gesprochen "
        "haben sie über Wirtschaft und Tourismus."
    )
    assert event_type(text) == "meeting"


def test_a_ranked_visit_to_a_country_still_frames_its_talks():
    text = (
        "Valdorischer Präsident auf Staatsbesuch in Norland\n\nPräsident Paul Marin ist heute zu einem Staatsbesuch "
        "in Norland eingetroffen. Er traf Ministerpräsidentin Ines Kessler zu Gesprächen in Kessel."
    )
    assert event_type(text) == "visit"
