"""A sentence that opens on a short phrase framing it by the visit ("During his visit, …", "Au cours de sa visite,
…") tells its own encounter after the comma: when that one is still to come, whom it names is only mentioned, even
by a role that a participant holds too. The people are invented for the test."""

import datetime as dt

import briefparse


def _people(text: str) -> tuple[list[str], list[str]]:
    brief = briefparse.parse(text, reference_date=dt.date(2025, 3, 7))
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


def test_encounters_to_come_after_a_visit_opener_en():
    taking_part, mentioned = _people(
        "Maltese president reaches Ireland\n\n"
        "DUBLIN: Luc Morel, the president of Malta, was accorded a warm reception as he arrived here on Thursday "
        "for a three-day visit.\n\n"
        "President Anna Berg received her Maltese counterpart at the airbase.\n\n"
        "During his visit, the Maltese president will meet Ireland's president and prime minister to review matters "
        "of mutual importance.\n\n"
        "The Maltese president will also meet President Berg and Prime Minister Paul Kessel to discuss trade."
    )
    assert sorted(taking_part) == ["Anna Berg", "Luc Morel"]
    assert mentioned == ["Paul Kessel"]


def test_a_visit_opener_does_not_hide_an_encounter_told_as_done_en():
    taking_part, _mentioned = _people(
        "Maltese president in Ireland\n\n"
        "DUBLIN: Luc Morel, the president of Malta, arrived here on Thursday for a three-day visit.\n\n"
        "During his visit, the Maltese president met President Anna Berg and Prime Minister Paul Kessel."
    )
    assert sorted(taking_part) == ["Anna Berg", "Luc Morel", "Paul Kessel"]
