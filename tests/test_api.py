import datetime as dt
from pathlib import Path

import pytest

import briefparse

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_parse_french_sample_finds_event_date_with_weekday_year():
    brief = briefparse.parse((SAMPLES / "fr-entretien-ministres.txt").read_text(encoding="utf-8"))
    assert brief.language == "fr"
    assert brief.date == "2023-03-14"
    assert brief.evidence.date.basis == "weekday"
    assert brief.evidence.date.year_inferred


def test_spans_point_at_their_text():
    text = (SAMPLES / "en-phone-call.txt").read_text(encoding="utf-8")
    brief = briefparse.parse(text, reference_date=dt.date(2025, 10, 8))
    doc_text = briefparse.parse(text, reference_date=dt.date(2025, 10, 8)).model_copy()
    assert doc_text.summary_points
    spans = list(brief.evidence.summary_points)
    spans += [m for p in brief.participants for m in p.mentions]
    from briefparse.document import load_document

    normalised = load_document(text).text
    for span in spans:
        assert normalised[span.start : span.end] == span.text


def test_empty_input_raises_briefparse_error():
    with pytest.raises(briefparse.BriefparseError):
        briefparse.parse("   \n  ")


def test_reference_date_may_be_an_iso_day():
    text = "Rencontre\n\nLe ministre Paul Martin a reçu hier son homologue Jean Dupont à Paris."
    assert briefparse.parse(text, reference_date="2025-10-08") == briefparse.parse(
        text, reference_date=dt.date(2025, 10, 8)
    )
    assert briefparse.parse(text, reference_date="2025-10-08").date == "2025-10-07"


def test_reference_date_that_is_no_day_raises_value_error():
    with pytest.raises(ValueError):
        briefparse.parse("Le ministre Paul Martin a reçu hier Jean Dupont.", reference_date="hier")
