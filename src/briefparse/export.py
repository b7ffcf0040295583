"""Exporters: a record (a Brief, or an error record) as JSON, JSON Lines or Markdown.

The Markdown is read from the model: a plain value is a fact line labelled with its field, a list is a
section, a nested record is one line; a new field of the Brief shows without a change here.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal, get_origin

from pydantic import BaseModel

from briefparse.lazy_regex import lazy_compile
from briefparse.models import Brief, ErrorRecord, Record, Span

FORMATS = ("json", "jsonl", "md")
#: the flat tables (briefparse.tables), named here so that choosing a format does not build the columns
TABLE_FORMATS = ("csv", "parquet")
SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "md": ".md"}
#: fields a reader of the Markdown does not need: the title heads it, the evidence and text are for programs
_NOT_SHOWN = ("title", "evidence", "text")


def json_data(record: Record) -> dict[str, Any]:
    """The record as JSON data: its model dump, and the document text when it was kept (--with-text)."""
    data = record.model_dump(mode="json")
    if isinstance(record, Brief) and record.text is not None:
        data["text"] = record.text
    return data


def to_json(record: Record) -> str:
    """Indented JSON, non-ASCII kept as written."""
    return json.dumps(json_data(record), ensure_ascii=False, indent=2)


def to_jsonl(record: Record | dict[str, Any]) -> str:
    """One line of JSON (of a record, or of a table row)."""
    data = json_data(record) if isinstance(record, BaseModel) else record
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


#: characters that Markdown (CommonMark, with tables and strikethrough) or the HTML in it reads as markup
#: anywhere in a line, and what makes a list item or a heading at the start of one
_MARKUP = lazy_compile(r"[\\`*_\[\]<>#|~&]")
_LIST_MARKER = lazy_compile(r"^(?:(?P<bullet>[-+=])|\d+(?P<number>[.)]))")
_WEB_URL = lazy_compile(r"(?:https?|ftp)://[^\s<>]+|mailto:[^\s<>]+", re.IGNORECASE)


def markdown_text(value: Any) -> str:
    """A value as literal Markdown text on one line: markup characters backslash-escaped, so that a title
    with `*`, `#` or `<b>` shows as written, and a leading '-' or '1.' is no list."""
    text = _MARKUP.sub(lambda m: "\\" + m.group(), " ".join(str(value).split()))
    marker = _LIST_MARKER.match(text)
    if marker:
        at = marker.start("bullet") if marker.group("bullet") else marker.start("number")
        text = text[:at] + "\\" + text[at:]
    return text


def _link(url: str) -> str:
    """A web or mail URL as a Markdown autolink, anything else as text."""
    return f"<{url}>" if _WEB_URL.fullmatch(url) else markdown_text(url)


def _label(model: type[BaseModel], name: str) -> str:
    """A field's label: its title in the model, else its name in words."""
    return model.model_fields[name].title or name.replace("_", " ").capitalize()


def _value(model: type[BaseModel], name: str, value: Any) -> str:
    """One value as Markdown text: a choice in words, a URL as a link, a nested record on one line."""
    if isinstance(value, BaseModel):
        return _one_line(value)
    if get_origin(model.model_fields[name].annotation) is Literal:
        return markdown_text(str(value).replace("_", " "))
    if name == "url" or (isinstance(value, str) and _WEB_URL.fullmatch(value)):
        return _link(value)
    return markdown_text(value)


def _one_line(record: BaseModel) -> str:
    """A nested record (a participant, a source) on one line: its first field, then the others after a dash;
    evidence left out."""
    shown = [(name, value) for name, value in record if not isinstance(value, Span) and not _is_span_list(value)]
    head = _value(type(record), *shown[0]) if shown and shown[0][1] not in (None, "") else "(unnamed)"
    rest = [_value(type(record), name, value) for name, value in shown[1:] if value not in (None, "", [])]
    return head + (f" — {', '.join(rest)}" if rest else "")


def _is_span_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], Span)


def to_markdown(record: Record) -> str:
    """A readable brief: the title, a line per fact, a section per list (participants, summary points…)."""
    if isinstance(record, ErrorRecord):
        path, reason = markdown_text(record.path), markdown_text(record.error)
        return f"# Error\n\n- **File:** {path}\n- **Reason:** {reason}\n"
    lines = [f"# {markdown_text(record.title or '') or 'Untitled brief'}", ""]
    sections: list[str] = []
    for name in Brief.model_fields:
        value = getattr(record, name)
        if name in _NOT_SHOWN or value in (None, "", []):
            continue
        if isinstance(value, list):
            items = [_one_line(item) if isinstance(item, BaseModel) else markdown_text(item) for item in value]
            sections += ["", f"## {_label(Brief, name)}", "", *(f"- {item}" for item in items)]
        else:
            lines.append(f"- **{_label(Brief, name)}:** {_value(Brief, name, value)}")
    return "\n".join(lines + sections) + "\n"


def render(record: Record, fmt: str) -> str:
    """The record in one of FORMATS, ending with a newline."""
    if fmt == "md":
        return to_markdown(record)
    return (to_json(record) if fmt == "json" else to_jsonl(record)) + "\n"
