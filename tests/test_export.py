"""Exporters: JSON, JSON Lines and Markdown of records and of error records."""

from __future__ import annotations

import json

import pytest
from handwritten import EN_BRIEF, FR_BRIEF

import briefparse
from briefparse.export import FORMATS, SUFFIXES, render, to_json, to_jsonl, to_markdown
from briefparse.models import Brief, ErrorRecord


@pytest.fixture(scope="module")
def data() -> Brief:
    return briefparse.parse(FR_BRIEF)


def test_every_format_has_a_suffix():
    assert set(FORMATS) <= set(SUFFIXES)
    assert SUFFIXES["json"] == ".json" and SUFFIXES["jsonl"] == ".jsonl" and SUFFIXES["md"] == ".md"


def test_the_record_has_text_only_when_it_was_kept():
    brief = briefparse.parse(EN_BRIEF)
    assert "text" not in json.loads(to_json(brief))
    kept = brief.model_copy(update={"text": "document text"})
    assert json.loads(to_json(kept))["text"] == "document text"


def test_json_is_indented_and_keeps_accents(data):
    text = to_json(data)
    assert json.loads(text) == data.model_dump(mode="json")
    assert "\n  " in text
    assert "téléphonique" in text and "\\u00e9" not in text


def test_jsonl_is_one_line(data):
    line = to_jsonl(data)
    assert "\n" not in line
    assert json.loads(line) == data.model_dump(mode="json")
    assert "téléphonique" in line


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md"])
def test_render_ends_with_exactly_one_newline(data, fmt):
    text = render(data, fmt)
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_markdown_of_a_full_record():
    """Facts in the model's order, labelled from its fields; each list a section; nested records on one line."""
    brief = Brief(
        title="Minister meets ambassador",
        date="2022-03-02",
        published="2022-03-03",
        event_type="phone_call",
        location="Vilnius",
        language="en",
        path="briefs/a.txt",
        site_name="Ministry of Foreign Affairs",
        source={"name": "ELTA", "url": "https://example.org/elta"},
        authors=["Jane Roe", "John Doe"],
        participants=[
            {"name": "Daniel Okafor", "role": "Foreign Minister", "affiliation": "Lithuania"},
            {"name": "Ingrid Solheim"},
            {"name": None, "role": "the Ambassador"},
        ],
        summary_points=["They discussed energy.", "They agreed to meet again."],
    )
    assert to_markdown(brief) == (
        "# Minister meets ambassador\n\n"
        "- **Language:** en\n"
        "- **Date:** 2022-03-02\n"
        "- **Published:** 2022-03-03\n"
        "- **Event type:** phone call\n"
        "- **Location:** Vilnius\n"
        "- **Source:** ELTA — <https://example.org/elta>\n"
        "- **Site name:** Ministry of Foreign Affairs\n"
        "- **Path:** briefs/a.txt\n\n"
        "## Participants\n\n"
        "- Daniel Okafor — Foreign Minister, Lithuania\n"
        "- Ingrid Solheim\n"
        "- (unnamed) — the Ambassador\n\n"
        "## Summary points\n\n"
        "- They discussed energy.\n"
        "- They agreed to meet again.\n\n"
        "## Authors\n\n"
        "- Jane Roe\n"
        "- John Doe\n"
    )


def test_markdown_of_an_empty_record_has_a_placeholder_title():
    expected = "# Untitled brief\n\n- **Language:** unknown\n- **Event type:** other\n"
    assert to_markdown(Brief(language="unknown")) == expected


def test_error_records_in_every_format():
    error = ErrorRecord(path="briefs/bad.txt", error="binary file, not text")
    assert json.loads(render(error, "json")) == error.model_dump()
    assert json.loads(render(error, "jsonl")) == error.model_dump()
    assert render(error, "md") == "# Error\n\n- **File:** briefs/bad.txt\n- **Reason:** binary file, not text\n"
