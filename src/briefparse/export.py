"""Exporters: a Brief (or an error record) as JSON, JSON Lines or Markdown."""

from __future__ import annotations

import json
import re
from typing import Any

from briefparse.models import Brief

FORMATS = ("json", "jsonl", "md")
SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "md": ".md"}


def record(brief: Brief, *, with_text: bool = False) -> dict[str, Any]:
    """The JSON-ready record of a brief; `text` only when asked for."""
    data = brief.model_dump(mode="json")
    if not with_text:
        data.pop("text", None)
    return data


def to_json(data: dict[str, Any]) -> str:
    """Indented JSON, non-ASCII kept as written."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_jsonl(data: dict[str, Any]) -> str:
    """One line of JSON."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


#: characters that Markdown (CommonMark, with tables and strikethrough) or the HTML in it reads as markup
#: anywhere in a line, and what makes a list item or a heading at the start of one
_MARKUP = re.compile(r"[\\`*_\[\]<>#|~&]")
_LIST_MARKER = re.compile(r"^(?:(?P<bullet>[-+=])|\d+(?P<number>[.)]))")
_WEB_URL = re.compile(r"(?:https?|ftp)://[^\s<>]+|mailto:[^\s<>]+", re.IGNORECASE)


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


def to_markdown(data: dict[str, Any]) -> str:
    """A readable brief: title, facts, participants with roles, source, bullet points. Every value from the
    input is escaped, so a title with `*`, `#` or `<b>` shows as written."""
    if "error" in data:
        path, reason = markdown_text(data.get("path")), markdown_text(data["error"])
        return f"# Error\n\n- **File:** {path}\n- **Reason:** {reason}\n"
    lines = [f"# {markdown_text(data.get('title') or '') or 'Untitled brief'}", ""]
    facts = [
        ("Date", data.get("date")),
        ("Published", data.get("published")),
        ("Event", (data.get("event_type") or "").replace("_", " ")),
        ("Place", data.get("location")),
        ("Language", data.get("language")),
        ("Site", data.get("site_name")),
        ("File", data.get("path")),
    ]
    lines += [f"- **{label}:** {markdown_text(value)}" for label, value in facts if value]
    if data.get("url"):
        lines.append(f"- **URL:** {_link(data['url'])}")
    source = data.get("source")
    if source:
        url = f" {_link(source['url'])}" if source.get("url") else ""
        lines.append(f"- **Source:** {markdown_text(source['name'])}{url}")
    if data.get("authors"):
        lines.append(f"- **Authors:** {markdown_text(', '.join(data['authors']))}")
    if data.get("participants"):
        lines += ["", "## Participants", ""]
        for person in data["participants"]:
            details = ", ".join(x for x in (person.get("role"), person.get("affiliation")) if x)
            name = markdown_text(person.get("name")) if person.get("name") else "(unnamed)"
            lines.append(f"- {name}" + (f" — {markdown_text(details)}" if details else ""))
    if data.get("summary_points"):
        lines += ["", "## Summary", ""]
        lines += [f"- {markdown_text(point)}" for point in data["summary_points"]]
    return "\n".join(lines) + "\n"


def render(data: dict[str, Any], fmt: str) -> str:
    """The record in one of FORMATS, ending with a newline."""
    if fmt == "md":
        return to_markdown(data)
    return (to_json(data) if fmt == "json" else to_jsonl(data)) + "\n"
