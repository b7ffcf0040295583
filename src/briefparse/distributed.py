"""Briefs on a Dask cluster: a dask.bag of records from files, folders or globs, local or in object storage.

Needs the `dask` extra (`pip install 'briefparse[dask]'`); paths with a protocol (s3://, gs://, file://, …)
are read through fsspec, so the matching fsspec implementation (s3fs, gcsfs, …) must be installed too.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, NamedTuple

from briefparse.batch import Options, parse_data, parse_input
from briefparse.errors import BriefparseError
from briefparse.export import json_data
from briefparse.inputs import BRIEF_SUFFIXES, GLOB_CHARACTERS, NO_MATCH, Input, collect_inputs, within_limit
from briefparse.models import ErrorRecord, Record
from briefparse.tables import BRIEF_COLUMNS, PARTICIPANT_COLUMNS, Column, TableWriter, brief_row, participant_rows

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client
    from fsspec import AbstractFileSystem

PARTITION_SIZE = 250
NO_BRIEFS = "no brief files (.txt, .text, .md, .html, .htm) in this folder"


@dataclass(frozen=True)
class Source:
    """One input: a local path or a URL, with the problem found while listing it, if any."""

    url: str
    problem: str | None = None


class Summary(NamedTuple):
    """What a distributed run wrote: the number of parsed briefs and the error records."""

    parsed: int
    errors: list[ErrorRecord]


def is_remote(url: str) -> bool:
    """True for a URL with a protocol (s3://, gs://, file://, …), read through fsspec."""
    return "://" in url


def find_sources(urlpaths: str | Sequence[str], storage_options: dict[str, Any] | None = None) -> list[Source]:
    """Files as given, folders searched recursively for brief files, globs expanded: in a stable order.

    Local paths give exactly the inputs (and labels) of a local run.
    """
    sources: list[Source] = []
    for url in [urlpaths] if isinstance(urlpaths, str) else urlpaths:
        if is_remote(url):
            sources.extend(_remote_sources(url, storage_options or {}))
        else:
            sources.extend(Source(item.label, item.problem) for item in collect_inputs([url]))
    return sources


def _is_pattern(path: str, exists: bool) -> bool:
    return not exists and any(c in path for c in GLOB_CHARACTERS)


def _remote_sources(url: str, storage_options: dict[str, Any]) -> list[Source]:
    from fsspec.core import url_to_fs

    fs, path = url_to_fs(url, **storage_options)
    matches = [path]
    if _is_pattern(path, fs.exists(path)):
        matches = sorted(fs.glob(path))
        if not matches:
            return [Source(url, NO_MATCH)]
    sources: list[Source] = []
    for match in matches:
        if fs.isdir(match):
            found = sorted(p for p in fs.find(match) if PurePosixPath(p).suffix.lower() in BRIEF_SUFFIXES)
            if not found:
                sources.append(Source(fs.unstrip_protocol(match), NO_BRIEFS))
            sources.extend(Source(fs.unstrip_protocol(p)) for p in found)
        elif fs.isfile(match):
            sources.append(Source(url if match == path else fs.unstrip_protocol(match)))
        else:
            sources.append(Source(url, "no such file or folder"))
    return sources


def parse_source(source: Source, options: Options, storage_options: dict[str, Any] | None = None) -> Record:
    """The Brief of one source, or its error record: exactly what a local run gives."""
    if source.problem:
        return ErrorRecord(path=source.url, error=source.problem)
    if not is_remote(source.url):
        return parse_input(Input(Path(source.url)), options)
    try:
        data = _read_remote(source.url, options.max_bytes, storage_options or {})
    except BriefparseError as error:
        return ErrorRecord(path=source.url, error=str(error))
    return parse_data(data, source.url, options)


def _read_remote(url: str, max_bytes: int, storage_options: dict[str, Any]) -> bytes:
    import fsspec

    try:
        with fsspec.open(url, "rb", **storage_options) as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        raise BriefparseError(error.strerror or str(error)) from None
    return within_limit(data, max_bytes)


def records_bag(
    urlpaths: str | Sequence[str],
    options: Options | None = None,
    *,
    partition_size: int | None = None,
    storage_options: dict[str, Any] | None = None,
) -> Bag:
    """A dask.bag of records (a Brief, or an ErrorRecord for an input that failed), one per input, in order;
    `record.model_dump(mode="json")` is what the CLI prints."""
    import dask.bag

    sources = find_sources(urlpaths, storage_options)
    size = partition_size or max(1, min(PARTITION_SIZE, math.ceil(len(sources) / 16)))
    return dask.bag.from_sequence(sources, partition_size=size).map(parse_source, options or Options(), storage_options)


def table_bag(records: Bag, table: str = "briefs") -> Bag:
    """The rows of a flat table from a bag of records: "briefs" (one per record) or "participants"."""
    if table == "briefs":
        return records.map(brief_row)
    if table == "participants":
        return records.map(participant_rows).flatten()
    raise ValueError(f"table must be 'briefs' or 'participants', not {table!r}")


def write(
    records: Bag,
    out: str,
    fmt: str = "jsonl",
    *,
    participants: bool = False,
    storage_options: dict[str, Any] | None = None,
) -> Summary:
    """Write each partition as `out/briefs/part-NNNNN.FMT` (and `out/participants/…`), on the workers.

    jsonl: whole records (participant rows for the participant table); csv, parquet: the flat tables.
    Part files of the same format left by an earlier run are removed first.
    """
    import dask
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(out, **(storage_options or {}))
    for table in ("briefs", "participants"):
        stale = fs.glob(f"{root}/{table}/part-*.{fmt}")
        if stale:
            fs.rm(stale)
    parts = records.to_delayed()
    results = dask.compute(
        *(dask.delayed(_write_partition)(part, n, fs, root, fmt, participants) for n, part in enumerate(parts))
    )
    return Summary(sum(parsed for parsed, _ in results), [error for _, errors in results for error in errors])


def _write_partition(
    records: list[Record], index: int, fs: AbstractFileSystem, root: str, fmt: str, participants: bool
) -> tuple[int, list[ErrorRecord]]:
    name = f"part-{index:05d}.{fmt}"
    briefs = [json_data(r) for r in records] if fmt == "jsonl" else [brief_row(r) for r in records]
    _write_file(fs, f"{root}/briefs", name, fmt, briefs, BRIEF_COLUMNS)
    if participants:
        rows = [row for r in records for row in participant_rows(r)]
        _write_file(fs, f"{root}/participants", name, fmt, rows, PARTICIPANT_COLUMNS)
    errors = [r for r in records if isinstance(r, ErrorRecord)]
    return len(records) - len(errors), errors


def _write_file(
    fs: AbstractFileSystem, folder: str, name: str, fmt: str, rows: list[dict[str, Any]], columns: tuple[Column, ...]
) -> None:
    fs.makedirs(folder, exist_ok=True)
    with fs.open(f"{folder}/{name}", "wb") as stream:
        writer = TableWriter(stream, fmt, columns)
        writer.write(rows)
        writer.close()


def run(
    urlpaths: str | Sequence[str],
    options: Options,
    out: str,
    fmt: str = "jsonl",
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    participants: bool = False,
) -> Summary:
    """List the inputs, parse them on the cluster at `scheduler` (default: a new LocalCluster) and write them."""
    records = records_bag(urlpaths, options)
    with _client(scheduler, workers):
        return write(records, out, fmt, participants=participants)


@contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of the scheduler at this address, or of a new LocalCluster of `workers` one-thread processes."""
    from distributed import Client, LocalCluster

    if scheduler is None:
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(scheduler)
    except OSError as error:
        raise BriefparseError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    with client:
        yield client
