"""Exporters: JSON, JSON Lines and Markdown of records and of error records."""

from __future__ import annotations

import json

import pytest
from handwritten import EN_BRIEF, FR_BRIEF

import briefparse
from briefparse.export import FORMATS, SUFFIXES, record, render, to_json, to_jsonl, to_markdown


@pytest.fixture(scope="module")
def data() -> dict:
    return record(briefparse.parse(FR_BRIEF))


def test_every_format_has_a_suffix():
    assert set(FORMATS) <= set(SUFFIXES)
    assert SUFFIXES["json"] == ".json" and SUFFIXES["jsonl"] == ".jsonl" and SUFFIXES["md"] == ".md"


def test_record_keeps_text_only_when_asked():
    brief = briefparse.parse(EN_BRIEF)
    brief.text = "document text"
    assert "text" not in record(brief)
    assert record(brief, with_text=True)["text"] == "document text"


def test_json_is_indented_and_keeps_accents(data):
    text = to_json(data)
    assert json.loads(text) == data
    assert "\n  " in text
    assert "téléphonique" in text and "\\u00e9" not in text


def test_jsonl_is_one_line(data):
    line = to_jsonl(data)
    assert "\n" not in line
    assert json.loads(line) == data
    assert "téléphonique" in line


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md"])
def test_render_ends_with_exactly_one_newline(data, fmt):
    text = render(data, fmt)
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_markdown_of_a_full_record():
    data = {
        "title": "Minister meets ambassador",
        "date": "2022-03-02",
        "published": "2022-03-03",
        "event_type": "phone_call",
        "location": "Vilnius",
        "language": "en",
        "path": "briefs/a.txt",
        "url": None,
        "source": {"name": "ELTA", "url": "https://example.org/elta"},
        "authors": ["Jane Roe", "John Doe"],
        "participants": [
            {"name": "Daniel Okafor", "role": "Foreign Minister", "affiliation": "Lithuania"},
            {"name": "Ingrid Solheim", "role": None, "affiliation": None},
            {"name": None, "role": "the Ambassador", "affiliation": None},
        ],
        "summary_points": ["They discussed energy.", "They agreed to meet again."],
    }
    assert to_markdown(data) == (
        "# Minister meets ambassador\n\n"
        "- **Date:** 2022-03-02\n"
        "- **Published:** 2022-03-03\n"
        "- **Event:** phone call\n"
        "- **Place:** Vilnius\n"
        "- **Language:** en\n"
        "- **File:** briefs/a.txt\n"
        "- **Source:** ELTA <https://example.org/elta>\n"
        "- **Authors:** Jane Roe, John Doe\n\n"
        "## Participants\n\n"
        "- Daniel Okafor — Foreign Minister, Lithuania\n"
        "- Ingrid Solheim\n"
        "- (unnamed) — the Ambassador\n\n"
        "## Summary\n\n"
        "- They discussed energy.\n"
        "- They agreed to meet again.\n"
    )


def test_markdown_of_an_empty_record_has_a_placeholder_title():
    assert to_markdown({"title": None, "participants": [], "summary_points": []}) == "# Untitled brief\n\n"


def test_error_records_in_every_format():
    error = {"path": "briefs/bad.txt", "error": "binary file, not text"}
    assert json.loads(render(error, "json")) == error
    assert json.loads(render(error, "jsonl")) == error
    assert render(error, "md") == "# Error\n\n- **File:** briefs/bad.txt\n- **Reason:** binary file, not text\n"
