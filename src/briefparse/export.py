"""Exporters: a Brief (or an error record) as JSON, JSON Lines or Markdown."""

from __future__ import annotations

import json
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


def to_markdown(data: dict[str, Any]) -> str:
    """A readable brief: title, facts, participants with roles, source, bullet points."""
    if "error" in data:
        return f"# Error\n\n- **File:** {data.get('path')}\n- **Reason:** {data['error']}\n"
    lines = [f"# {data.get('title') or 'Untitled brief'}", ""]
    facts = [
        ("Date", data.get("date")),
        ("Published", data.get("published")),
        ("Event", (data.get("event_type") or "").replace("_", " ")),
        ("Place", data.get("location")),
        ("Language", data.get("language")),
        ("File", data.get("path")),
        ("URL", data.get("url")),
    ]
    lines += [f"- **{label}:** {value}" for label, value in facts if value]
    source = data.get("source")
    if source:
        lines.append(f"- **Source:** {source['name']}" + (f" <{source['url']}>" if source.get("url") else ""))
    if data.get("authors"):
        lines.append(f"- **Authors:** {', '.join(data['authors'])}")
    if data.get("participants"):
        lines += ["", "## Participants", ""]
        for person in data["participants"]:
            details = ", ".join(x for x in (person.get("role"), person.get("affiliation")) if x)
            lines.append(f"- {person.get('name') or '(unnamed)'}" + (f" — {details}" if details else ""))
    if data.get("summary_points"):
        lines += ["", "## Summary", ""]
        lines += [f"- {point}" for point in data["summary_points"]]
    return "\n".join(lines) + "\n"


def render(data: dict[str, Any], fmt: str) -> str:
    """The record in one of FORMATS, ending with a newline."""
    if fmt == "md":
        return to_markdown(data)
    return (to_json(data) if fmt == "json" else to_jsonl(data)) + "\n"
