"""Source on briefs invented for these tests (fictional people, real agencies): an agency whose name is also a word
("Trend") is the source right after the verb that tells it, closing its clause ("…, the Azerbaijani Foreign Ministry
told Trend."); the word elsewhere is no agency."""

from __future__ import annotations

from briefparse import parse


def test_an_agency_named_like_a_word_after_told_is_the_source() -> None:
    text = (
        "BAKU, Azerbaijan, March 15. Azerbaijani Foreign Minister Tomas Berg has met with Turkish Foreign Minister "
        "Ines Marlow, who is on a visit to the country, the Azerbaijani Foreign Ministry told Trend.\n\n"
        "At the meeting, the ministers discussed bilateral relations."
    )
    source = parse(text, reference_date="2024-03-15").source
    assert source is not None and source.name == "Trend"


def test_the_word_without_the_verb_is_no_source() -> None:
    text = (
        "BAKU, Azerbaijan, March 15. Azerbaijani Foreign Minister Tomas Berg has met with Turkish Foreign Minister "
        "Ines Marlow in Baku. The ministers noted a Trend of growing trade between the two countries."
    )
    source = parse(text, reference_date="2024-03-15").source
    assert source is None or source.name != "Trend"
