"""Flat tables for analysts: one row per brief, and one row per participant per brief, as CSV or Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sys
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, NamedTuple

from briefparse.batch import temporary_beside
from briefparse.export import to_jsonl

TABLE_FORMATS = ("csv", "parquet")
SEPARATOR = "; "
POINT_COLUMNS = 3


class Column(NamedTuple):
    """One column of a flat table: its name, its type as written (string, date, int64, bool) and what it holds.

    In Parquet a date is a date32 (days), in CSV YYYY-MM-DD; int64 and bool are Parquet's own types.
    """

    name: str
    type: str
    description: str


BRIEF_COLUMNS = (
    Column("path", "string", "Input file or URL."),
    Column("error", "string", "Why the input could not be parsed; empty for parsed briefs."),
    Column("title", "string", "Title of the brief."),
    Column("language", "string", "ISO 639-1 code, or 'unknown'."),
    Column("date", "date", "ISO date of the main event."),
    Column("date_basis", "string", "How the date was found: explicit, weekday, reference, relative, metadata."),
    Column("date_year_inferred", "bool", "True when the year is not written next to the date."),
    Column("published", "date", "ISO publication date stated by the text or page."),
    Column("event_type", "string", "meeting, phone_call, visit, statement, conference or other."),
    Column("location", "string", "Where the event took place."),
    Column("participant_count", "int64", "Number of participants."),
    Column("participants", "string", "Participant names, joined with '; '."),
    Column("people_mentioned", "string", "Names of people only mentioned, joined with '; '."),
    Column("source", "string", "Name of the source (agency, ministry, outlet)."),
    Column("source_url", "string", "URL of the source."),
    *(Column(f"point_{n}", "string", f"Summary point {n}.") for n in range(1, POINT_COLUMNS + 1)),
    Column("authors", "string", "Authors, joined with '; '."),
    Column("site_name", "string", "Name of the web site (saved pages)."),
    Column("url", "string", "URL of the page (saved pages)."),
)

PARTICIPANT_COLUMNS = (
    Column("path", "string", "Input file or URL: joins with the brief table."),
    Column("position", "int64", "Order of the participant in the brief, from 1."),
    Column("name", "string", "Fullest form of the name as written."),
    Column("role", "string", "Role or title as the text states it."),
    Column("affiliation", "string", "Country or organisation."),
    Column("mentions", "int64", "Number of spans that refer to the participant."),
)


def _joined(values: Iterable[str | None]) -> str | None:
    return SEPARATOR.join(v for v in values if v) or None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def brief_row(data: dict[str, Any]) -> dict[str, Any]:
    """The brief-table row of a record (or of an error record: path and error, the rest empty)."""
    if "error" in data:
        return {c.name: data.get(c.name) for c in BRIEF_COLUMNS}
    date_evidence = (data.get("evidence") or {}).get("date") or {}
    source = data.get("source") or {}
    points = data.get("summary_points", [])
    row = {
        "path": data.get("path"),
        "error": None,
        "title": data.get("title"),
        "language": data.get("language"),
        "date": _date(data.get("date")),
        "date_basis": date_evidence.get("basis"),
        "date_year_inferred": date_evidence.get("year_inferred"),
        "published": _date(data.get("published")),
        "event_type": data.get("event_type"),
        "location": data.get("location"),
        "participant_count": len(data.get("participants", [])),
        "participants": _joined(p.get("name") for p in data.get("participants", [])),
        "people_mentioned": _joined(p.get("name") for p in data.get("people_mentioned", [])),
        "source": source.get("name"),
        "source_url": source.get("url"),
        "authors": _joined(data.get("authors", [])),
        "site_name": data.get("site_name"),
        "url": data.get("url"),
    }
    row.update({f"point_{n}": points[n - 1] if n <= len(points) else None for n in range(1, POINT_COLUMNS + 1)})
    return {c.name: row[c.name] for c in BRIEF_COLUMNS}


def participant_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The participant-table rows of a record: one per participant, none for an error record."""
    return [
        {
            "path": data.get("path"),
            "position": position,
            "name": person.get("name"),
            "role": person.get("role"),
            "affiliation": person.get("affiliation"),
            "mentions": len(person.get("mentions", [])),
        }
        for position, person in enumerate(data.get("participants", []), start=1)
    ]


def _arrow_schema(columns: tuple[Column, ...]):
    import pyarrow as pa

    types = {"string": pa.string(), "date": pa.date32(), "int64": pa.int64(), "bool": pa.bool_()}
    return pa.schema([(c.name, types[c.type]) for c in columns])


class TableWriter:
    """Rows written to a binary stream as CSV, Parquet, or JSON Lines (`columns` None: whole records)."""

    BATCH = 10_000

    def __init__(self, stream: IO[bytes], fmt: str, columns: tuple[Column, ...] | None) -> None:
        self._fmt = fmt
        self._stream = stream
        self._rows: list[dict[str, Any]] = []
        if fmt == "csv":
            self._text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
            self._csv = csv.writer(self._text)
            self._csv.writerow([c.name for c in columns or ()])
        elif fmt == "parquet":
            import pyarrow.parquet as pq

            self._schema = _arrow_schema(columns or ())
            self._parquet = pq.ParquetWriter(stream, self._schema)

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        """Add rows (Parquet buffers them into row groups of BATCH rows)."""
        if self._fmt == "csv":
            self._csv.writerows([_csv_value(v) for v in row.values()] for row in rows)
        elif self._fmt == "parquet":
            self._rows.extend(rows)
            if len(self._rows) >= self.BATCH:
                self._flush()
        else:
            self._stream.write("".join(to_jsonl(row) + "\n" for row in rows).encode("utf-8"))

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._parquet.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        """Write what is buffered and the file footer; the stream itself stays open."""
        if self._fmt == "csv":
            self._text.flush()
            self._text.detach()
        elif self._fmt == "parquet":
            self._flush()
            self._parquet.close()
        else:
            self._stream.flush()


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class TableSink:
    """The tables of a local run: the brief table (and the participant table) in a folder, or on stdout."""

    def __init__(self, out: Path | None, fmt: str, participants: bool) -> None:
        self._files: list[tuple[IO[bytes], str, Path]] = []
        self._discard = weakref.finalize(self, _discard, self._files)
        self._briefs = TableWriter(self._open(out, f"briefs.{fmt}"), fmt, BRIEF_COLUMNS)
        self._participants = (
            TableWriter(self._open(out, f"participants.{fmt}"), fmt, PARTICIPANT_COLUMNS) if participants else None
        )

    def _open(self, out: Path | None, name: str) -> IO[bytes]:
        if out is None:
            return sys.stdout.buffer
        handle, temporary = temporary_beside(out / name)
        stream = os.fdopen(handle, "wb")
        self._files.append((stream, temporary, out / name))
        return stream

    def add(self, data: dict[str, Any]) -> None:
        """Add the rows of one record."""
        self._briefs.write([brief_row(data)])
        if self._participants:
            self._participants.write(participant_rows(data))

    def close(self) -> None:
        """Finish the tables: the files appear under their names only now, whole."""
        self._briefs.close()
        if self._participants:
            self._participants.close()
        for stream, temporary, target in self._files:
            stream.close()
            os.replace(temporary, target)
        self._discard.detach()


def _discard(files: list[tuple[IO[bytes], str, Path]]) -> None:
    """Remove the temporary files of tables that were never finished (the run failed or was interrupted)."""
    for stream, temporary, _target in files:
        stream.close()
        Path(temporary).unlink(missing_ok=True)
