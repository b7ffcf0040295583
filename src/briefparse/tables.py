"""Flat tables for analysts: one row per brief, and one row per participant per brief, as CSV or Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sys
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any, NamedTuple, get_args

from pydantic import BaseModel

from briefparse.export import to_jsonl
from briefparse.models import Brief, ErrorRecord, Participant, Record
from briefparse.outputs import temporary_beside

SEPARATOR = "; "
POINT_COLUMNS = 3


class Column(NamedTuple):
    """One column of a flat table: its name, its type as written (string, date, int64, bool), what it holds,
    and how it is read from a record.

    In Parquet a date is a date32 (days), in CSV YYYY-MM-DD; int64 and bool are Parquet's own types.
    """

    name: str
    type: str
    description: str
    value: Callable[[Any], Any]


#: column types from the JSON Schema of a plain value
_SCHEMA_TYPES = {"integer": "int64", "boolean": "bool", "string": "string"}


def _field_schemas(model: type[BaseModel]) -> dict[str, dict[str, Any]]:
    """Each field's JSON Schema, a nullable one as its non-null part."""
    properties = model.model_json_schema()["properties"]
    return {
        name: next((s for s in schema.get("anyOf", [schema]) if s.get("type") != "null"), schema)
        for name, schema in properties.items()
    }


def _plain_type(schema: dict[str, Any]) -> str | None:
    """The column type of a plain value (a string, a date, a choice, a number, a flag), None for the rest."""
    if schema.get("format") == "date":
        return "date"
    if "enum" in schema:
        return "string"
    return _SCHEMA_TYPES.get(schema.get("type", ""))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _joined(values: Iterable[str | None]) -> str | None:
    return SEPARATOR.join(v for v in values if v) or None


def _getter(name: str, kind: str) -> Callable[[Any], Any]:
    if kind == "date":
        return lambda record: _date(getattr(record, name))
    return lambda record: getattr(record, name)


def _columns_of_field(name: str, schema: dict[str, Any], description: str) -> list[Column]:
    """The columns a field of the Brief becomes: a plain value one column; a list of strings or of named
    records its items joined with '; '; a nested record a column per plain value ('source', 'source_url')."""
    kind = _plain_type(schema)
    if kind:
        return [Column(name, kind, description, _getter(name, kind))]
    if schema.get("type") == "array":
        if schema.get("items", {}).get("type") == "string":
            return [Column(name, "string", f"{description} Joined with '; '.", lambda b: _joined(getattr(b, name)))]
        return [
            Column(
                name,
                "string",
                f"{description} Names, joined with '; '.",
                lambda b: _joined(item.name for item in getattr(b, name)),
            )
        ]
    nested = Brief.model_fields[name].annotation
    model = next(arg for arg in (*get_args(nested), nested) if isinstance(arg, type) and issubclass(arg, BaseModel))
    columns = []
    for part, part_schema in _field_schemas(model).items():
        part_kind = _plain_type(part_schema)
        if part_kind:
            column = name if not columns else f"{name}_{part}"
            text = (
                description if not columns else f"{part.upper() if part == 'url' else part.capitalize()} of the {name}."
            )
            columns.append(Column(column, part_kind, text, _nested_getter(name, part)))
    return columns


def _nested_getter(name: str, part: str) -> Callable[[Any], Any]:
    return lambda record: getattr(getattr(record, name), part, None) if getattr(record, name) else None


def _date_evidence(part: str) -> Callable[[Any], Any]:
    return lambda record: getattr(record.evidence.date, part) if record.evidence.date else None


#: columns a field gets beside those of the rules above: how the event date was found, the number of
#: participants
_ADDED_AFTER = {
    "date": (
        Column(
            "date_basis",
            "string",
            "How the date was found: explicit, weekday, reference, relative, metadata.",
            _date_evidence("basis"),
        ),
        Column(
            "date_year_inferred",
            "bool",
            "True when the year is not written next to the date.",
            _date_evidence("year_inferred"),
        ),
    ),
}
_ADDED_BEFORE = {
    "participants": (Column("participant_count", "int64", "Number of participants.", lambda b: len(b.participants)),),
}
#: columns a field gets instead: the first summary points, one per column
_INSTEAD = {
    "summary_points": tuple(
        Column(
            f"point_{n}",
            "string",
            f"Summary point {n}.",
            lambda b, n=n: b.summary_points[n - 1] if n <= len(b.summary_points) else None,
        )
        for n in range(1, POINT_COLUMNS + 1)
    ),
}
#: fields that are no column: the evidence and the text are for programs, the path leads the table
_NO_COLUMN = ("evidence", "text", "path")


def _brief_columns() -> tuple[Column, ...]:
    """The brief table: the input's path and error, then each field of the Brief in the model's order."""
    errors = _field_schemas(ErrorRecord)
    columns = [
        Column("path", "string", errors["path"].get("description", ""), lambda r: r.path),
        Column(
            "error",
            "string",
            "Why the input could not be parsed; empty for parsed briefs.",
            lambda r: getattr(r, "error", None),
        ),
    ]
    descriptions = {name: field.description or "" for name, field in Brief.model_fields.items()}
    for name, schema in _field_schemas(Brief).items():
        if name in _NO_COLUMN:
            continue
        own = _INSTEAD.get(name) or _columns_of_field(name, schema, descriptions[name])
        columns += [*_ADDED_BEFORE.get(name, ()), *own, *_ADDED_AFTER.get(name, ())]
    return tuple(columns)


BRIEF_COLUMNS = _brief_columns()

PARTICIPANT_COLUMNS = (
    Column("path", "string", "Input file or URL: joins with the brief table.", lambda row: row[0].path),
    Column("position", "int64", "Order of the participant in the brief, from 1.", lambda row: row[1]),
    *(
        Column(
            name, kind, Participant.model_fields[name].description or "", lambda row, name=name: getattr(row[2], name)
        )
        for name, schema in _field_schemas(Participant).items()
        if (kind := _plain_type(schema))
    ),
    Column("mentions", "int64", "Number of spans that refer to the participant.", lambda row: len(row[2].mentions)),
)


def brief_row(record: Record) -> dict[str, Any]:
    """The brief-table row of a record (of an error record: path and error, the rest empty)."""
    if isinstance(record, ErrorRecord):
        return {
            c.name: record.path if c.name == "path" else record.error if c.name == "error" else None
            for c in BRIEF_COLUMNS
        }
    return {c.name: c.value(record) for c in BRIEF_COLUMNS}


def participant_rows(record: Record) -> list[dict[str, Any]]:
    """The participant-table rows of a record: one per participant, none for an error record."""
    if isinstance(record, ErrorRecord):
        return []
    return [
        {c.name: c.value((record, position, person)) for c in PARTICIPANT_COLUMNS}
        for position, person in enumerate(record.participants, start=1)
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

    def add(self, record: Record) -> None:
        """Add the rows of one record."""
        self._briefs.write([brief_row(record)])
        if self._participants:
            self._participants.write(participant_rows(record))

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
