"""A mention cue ("on behalf of", "au nom de") that opens the sentence, alone or in the phrase of a verb form that
opens it, governs nothing past the comma that closes its phrase: the name after that comma is the subject of the
sentence's own clause and takes part. A cue whose phrase names an office keeps the name after the comma, its
apposition ("on behalf of the Emir, Sheikh X").

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse

_LEAD = "Minister of Trade Paul Marin met a delegation of Valdoria in Norland City on Monday. Marin said trade grew. "


def _people(text: str) -> tuple[list[str | None], list[str | None]]:
    record = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    return [p.name for p in record.participants], [p.name for p in record.people_mentioned]


def test_en_the_subject_after_an_opening_on_behalf_phrase_takes_part():
    text = _LEAD + "On behalf of the Valdoria government, Deputy Director Jan Holt thanked Marin for the meeting."
    participants, _ = _people(text)
    assert "Jan Holt" in participants


def test_en_the_subject_of_a_meeting_after_an_opening_on_behalf_phrase_takes_part():
    text = "On behalf of the Valdoria government, Deputy Director Jan Holt met Minister of Trade Paul Marin on Monday."
    participants, _ = _people(text)
    assert {"Jan Holt", "Paul Marin"} <= set(participants)


def test_en_the_name_in_apposition_to_the_office_a_cue_names_stays_a_mention():
    text = _LEAD + "On behalf of the Emir, Sheikh Jan Holt, Marin thanked the minister during the meeting."
    participants, mentioned = _people(text)
    assert "Jan Holt" not in participants
    assert "Jan Holt" in mentioned


def test_en_a_cue_inside_the_sentence_still_governs_the_name_after_its_comma():
    text = _LEAD + "Marin laid a wreath in memory of the national hero of Valdoria, Jan Holt, during the meeting."
    participants, _ = _people(text)
    assert "Jan Holt" not in participants
