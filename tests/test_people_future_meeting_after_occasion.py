"""Participants on briefs invented for these tests (fictional people, real places): after a visit that took place,
a sentence whose encounter is still to come, past a short occasion that opens it ("During his visit, the president
will meet X"), tells another event: X is mentioned. The reception that a later clause sequences within the same
ceremony ("received his counterpart, which followed the presentation of a bouquet") is no other occasion: the host
takes part."""

from __future__ import annotations

from briefparse import parse

TEXT = (
    "Fijian president reaches Japan to red-carpet welcome\n\n"
    "TOKYO: Tomas Berg, the president of Fiji, was accorded a warm reception as he arrived here on Thursday for a "
    "three-day visit.\n\n"
    "A 21-gun salute heralded the arrival of the dignitary as he landed at the airbase along with his delegation.\n\n"
    "President Ines Marlow received her Fijian counterpart, which followed the presentation of a bouquet to the "
    "guest by a child.\n\n"
    "During his visit, the Fijian president will meet Prime Minister Karl Weber to discuss matters of mutual "
    "importance."
)


def test_a_meeting_to_come_past_an_opening_occasion_is_another_event() -> None:
    names = {p.name for p in parse(TEXT, reference_date="2018-03-23").participants}
    assert "Karl Weber" not in names


def test_a_step_of_the_same_ceremony_is_no_other_occasion() -> None:
    names = {p.name for p in parse(TEXT, reference_date="2018-03-23").participants}
    assert {"Tomas Berg", "Ines Marlow"} <= names
