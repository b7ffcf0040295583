"""Reading records back from what briefparse wrote (JSON Lines, a JSON array or JSON objects one after
another), each unreadable piece an error record in its place, so that a report is built from a run's output
without parsing the briefs again."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError

from briefparse.models import ErrorRecord, Record, load_record


class UnreadablePiece(ErrorRecord):
    """A piece of a records file that is no record: listed with the error records, and a failure of the run
    that read it (an error record read back is a failure of the run that wrote it)."""


def read_records(text: str, label: str) -> Iterator[Record]:
    """The records of a JSON Lines file (or a JSON array, or indented objects one after another), in order.

    A piece that is no JSON, or JSON that is no record, is an UnreadablePiece `{label}:{line}` with the
    reason; reading goes on at the next line.
    """
    decoder = json.JSONDecoder()
    position, size = 0, len(text)
    line, counted = 1, 0  # the line number at `counted`, carried forward (never counted from the start again)
    while True:
        while position < size and text[position].isspace():
            position += 1
        if position >= size:
            return
        line += text.count("\n", counted, position)
        counted = position
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            yield UnreadablePiece(path=f"{label}:{line}", error=f"not JSON: {error.msg}")
            next_line = text.find("\n", position)
            position = size if next_line < 0 else next_line + 1
            continue
        for item in value if isinstance(value, list) else [value]:
            yield _record(item, f"{label}:{line}")


def _record(item: Any, where: str) -> Record:
    """One JSON value as a record, or the error record that says why it is none."""
    if not isinstance(item, dict):
        kind = type(item).__name__
        return UnreadablePiece(path=where, error=f"not a briefparse record: a JSON {kind}, not an object")
    try:
        return load_record(item)
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"]) or "record"
        return UnreadablePiece(path=where, error=f"not a briefparse record: {place}: {first['msg']}")
