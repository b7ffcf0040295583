"""The data a report page renders from: every record once, in a compact form the page's script reads.

Each brief keeps the values its table and its text view show, and its evidence as highlights
`[start, end, field, participant]` into its text, the offsets counted in UTF-16 code units as JavaScript
counts them (a record counts characters: they differ after a character outside the Basic Multilingual Plane).
People are listed once (`people`, `[name, affiliation]`) and a brief names its participants by their index
there, so the who-met-whom network joins the same person across briefs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any, get_args

from briefparse.models import Brief, ErrorRecord, EventType, Record, Span

#: the fields whose evidence is highlighted in a brief's text, in the order of the page's legend
FIELDS = (
    ("date", "event date"),
    ("published", "publication date"),
    ("participant", "participant"),
    ("source", "source"),
    ("place", "place"),
    ("point", "summary point"),
)
_FIELD = {key: number for number, (key, _label) in enumerate(FIELDS)}
#: a character that UTF-16 writes as two code units
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def page_data(records: Iterable[Record], title: str) -> dict[str, Any]:
    """The page's data: its title, the vocabularies (event types, fields), people, briefs and error records."""
    people = _People()
    briefs: list[dict[str, Any]] = []
    errors: list[list[str]] = []
    for record in records:
        if isinstance(record, ErrorRecord):
            errors.append([record.path, record.error])
        else:
            briefs.append(_brief(record, people))
    return {
        "title": title,
        "types": list(get_args(EventType)),
        "fields": [list(field) for field in FIELDS],
        "people": people.table(),
        "briefs": briefs,
        "errors": errors,
    }


class _People:
    """Participants met across briefs, one entry per name (compared without case and extra spaces), with the
    affiliation given most often."""

    def __init__(self) -> None:
        self._index: dict[str, int] = {}
        self._names: list[str] = []
        self._affiliations: list[Counter[str]] = []

    def add(self, name: str, affiliation: str | None) -> int:
        key = " ".join(name.split()).casefold()
        number = self._index.get(key)
        if number is None:
            number = self._index[key] = len(self._names)
            self._names.append(" ".join(name.split()))
            self._affiliations.append(Counter())
        if affiliation:
            self._affiliations[number][affiliation] += 1
        return number

    def table(self) -> list[list[str | None]]:
        return [
            [name, counts.most_common(1)[0][0] if counts else None]
            for name, counts in zip(self._names, self._affiliations, strict=True)
        ]


def _brief(brief: Brief, people: _People) -> dict[str, Any]:
    """One brief as the page reads it (keys kept short: a report may hold 10 000 of them)."""
    participants = []
    for participant in brief.participants:
        person = None if not participant.name else people.add(participant.name, participant.affiliation)
        participants.append([person, participant.role, participant.affiliation])
    data: dict[str, Any] = {
        "f": brief.path or "-",
        "t": brief.title,
        "l": brief.language,
        "d": brief.date,
        "u": brief.published,
        "y": brief.event_type,
        "p": brief.location,
        "s": brief.source.name if brief.source else None,
        "n": participants,
    }
    if brief.evidence.date is not None:
        data["b"] = brief.evidence.date.basis
    if brief.text is None:  # no text to show the evidence in: the points are given as they are
        data["k"] = brief.summary_points
        return data
    data["x"] = brief.text
    data["h"] = _highlights(brief, brief.text)
    return data


def _evidence(brief: Brief) -> Iterable[tuple[str, Span | None, int | None]]:
    """Every span of a highlighted field: (field, span, the participant's position for a mention)."""
    evidence = brief.evidence
    yield "date", evidence.date.span if evidence.date else None, None
    yield "published", evidence.published.span if evidence.published else None, None
    for position, participant in enumerate(brief.participants):
        for mention in participant.mentions:
            yield "participant", mention, position
    yield "source", brief.source.span if brief.source else None, None
    yield "place", evidence.location, None
    for span in evidence.summary_points:
        yield "point", span, None


def _highlights(brief: Brief, text: str) -> list[list[int]]:
    """The evidence spans that point into the text (a span whose text is not the document's there is left
    out: the record was edited or belongs to another text), in UTF-16 offsets."""
    units = _utf16_offsets(text)
    highlights = []
    for field, span, position in _evidence(brief):
        if span is None or span.end <= span.start or text[span.start : span.end] != span.text:
            continue
        start, end = (span.start, span.end) if units is None else (units[span.start], units[span.end])
        highlights.append([start, end, _FIELD[field]] + ([] if position is None else [position]))
    return highlights


def _utf16_offsets(text: str) -> list[int] | None:
    """For each character offset, its offset in UTF-16 code units; None when they are the same."""
    if not _ASTRAL.search(text):
        return None
    offsets, extra = [], 0
    for offset, character in enumerate(text):
        offsets.append(offset + extra)
        extra += ord(character) > 0xFFFF
    offsets.append(len(text) + extra)
    return offsets
