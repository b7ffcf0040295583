"""The library API: briefparse.parse, its one error type, and the record it returns."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from handwritten import EN_BRIEF, EN_NO_YEAR, FR_BRIEF, HTML_PAGE, spans_of

import briefparse
from briefparse.document import load_document
from briefparse.export import to_json

REF = dt.date(2023, 6, 10)


def test_public_names():
    assert set(briefparse.__all__) >= {"parse", "Brief", "BriefparseError", "__version__"}
    assert issubclass(briefparse.BriefparseError, Exception)
    assert isinstance(briefparse.parse(EN_BRIEF), briefparse.Brief)
    with pytest.raises(AttributeError):
        briefparse.no_such_name  # noqa: B018


def test_text_and_bytes_give_the_same_brief():
    assert briefparse.parse(FR_BRIEF, reference_date=REF) == briefparse.parse(FR_BRIEF.encode(), reference_date=REF)


def test_model_dump_is_what_the_cli_prints():
    brief = briefparse.parse(EN_BRIEF, reference_date=REF)
    dumped = brief.model_dump(mode="json")
    assert json.loads(json.dumps(dumped)) == dumped
    assert json.loads(to_json(brief)) == dumped
    assert "text" not in dumped
    assert set(dumped) >= {
        "title",
        "language",
        "date",
        "published",
        "event_type",
        "location",
        "participants",
        "source",
        "summary_points",
        "authors",
        "path",
        "evidence",
    }


def test_a_french_brief():
    brief = briefparse.parse(FR_BRIEF, reference_date=REF)
    assert brief.language == "fr"
    assert brief.date == "2021-05-11" or brief.date == "2021-05-12"  # "mardi" before the 12 May dateline, or it
    assert brief.event_type == "phone_call"
    assert brief.title.startswith("Entretien téléphonique")
    assert any("Valmont" in p.name for p in brief.participants)
    assert 1 <= len(brief.summary_points) <= 5


def test_an_english_brief():
    brief = briefparse.parse(EN_BRIEF, reference_date=REF)
    assert brief.language == "en"
    assert brief.date.startswith("2022-03")
    assert brief.event_type == "meeting"
    names = " ".join(p.name for p in brief.participants)
    assert "Okafor" in names


def test_an_html_page_gives_its_metadata_and_main_text():
    brief = briefparse.parse(HTML_PAGE)
    assert brief.title == "Le ministre reçoit l'ambassadeur de Norvanie"
    assert brief.published == "2023-06-08"
    assert brief.language == "fr"
    text = load_document(HTML_PAGE).text
    assert "Tous droits réservés" not in text
    assert "Accueil" not in text
    assert "coopération énergétique" in text


def test_points_and_language_arguments():
    assert len(briefparse.parse(FR_BRIEF, points=1).summary_points) == 1
    assert briefparse.parse(FR_BRIEF, points=0).summary_points == []
    assert briefparse.parse(EN_BRIEF, language="fr").language == "fr"
    with pytest.raises(briefparse.BriefparseError, match="unsupported language"):
        briefparse.parse(EN_BRIEF, language="tlh")


def test_reference_date_fills_a_missing_year():
    brief = briefparse.parse(EN_NO_YEAR, reference_date=dt.date(2022, 6, 1))
    assert brief.date == "2022-03-14"
    assert brief.evidence.date.year_inferred
    assert brief.evidence.date.basis in ("weekday", "reference")


@pytest.mark.parametrize("source", [FR_BRIEF, EN_BRIEF, EN_NO_YEAR, HTML_PAGE], ids=["fr", "en", "no-year", "html"])
def test_every_span_slices_the_document_text(source: str):
    text = load_document(source).text
    brief = briefparse.parse(source, reference_date=REF)
    spans = spans_of(brief.model_dump(mode="json"))
    assert len(spans) >= 3
    for span in spans:
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]
        assert span["text"] == span["text"].strip() and span["text"]


def test_max_bytes():
    with pytest.raises(briefparse.BriefparseError, match="over the limit"):
        briefparse.parse(EN_BRIEF, max_bytes=100)
    assert briefparse.parse(EN_BRIEF, max_bytes=len(EN_BRIEF.encode())).title


def test_bytes_like_input_and_wrong_types():
    assert briefparse.parse(bytearray(EN_BRIEF.encode())) == briefparse.parse(EN_BRIEF)
    assert briefparse.parse(memoryview(EN_BRIEF.encode())) == briefparse.parse(EN_BRIEF)
    with pytest.raises(TypeError, match="str or bytes"):
        briefparse.parse(42)  # type: ignore[arg-type]


def test_a_huge_string_is_refused_before_it_is_encoded():
    with pytest.raises(briefparse.BriefparseError, match="at least 6000001 bytes"):
        briefparse.parse("é" * 6_000_001)
    with pytest.raises(briefparse.BriefparseError, match="input is 6000000 bytes"):
        briefparse.parse("é" * 3_000_000)
