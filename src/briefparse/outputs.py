"""Writing outputs: records to a stream or one file each under a folder, every file whole (written aside,
then renamed), every name inside the folder."""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TextIO

from briefparse.export import render
from briefparse.inputs import Input
from briefparse.models import ErrorRecord, Record


class StreamSink:
    """Records on a text stream (stdout), each flushed as it comes: one input's record as it is; several as
    a JSON array, JSON Lines, or Markdown briefs separated by '---'. The stream holds records and nothing else."""

    def __init__(self, stream: TextIO, fmt: str, *, single: bool) -> None:
        self._stream = stream
        self._fmt = fmt
        self._single = single
        self._first = True
        self._array = fmt == "json" and not single
        if self._array:
            stream.write("[\n")

    def add(self, record: Record) -> None:
        """Write one record (one input that failed alone writes nothing: its error line says it all)."""
        if self._single and isinstance(record, ErrorRecord):
            return
        text = render(record, self._fmt)
        if self._array:
            text = ("" if self._first else ",\n") + text.rstrip("\n")
        elif self._fmt == "md" and not self._first:
            text = "\n---\n\n" + text
        self._first = False
        self._stream.write(text)
        if not self._single:
            self._stream.flush()  # a reader (| head, | jq) gets each record as it comes

    def close(self) -> None:
        if self._array:
            self._stream.write("\n]\n")
        self._stream.flush()


class OutputError(Exception):
    """A record that could not be written: where, and why."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(f"{target}: cannot write: {reason}")
        self.target = target
        self.reason = reason


class FolderSink:
    """One file per input, at the targets given in input order, each written whole or not at all."""

    def __init__(self, targets: list[Path], fmt: str) -> None:
        self._targets = iter(targets)
        self._fmt = fmt

    def add(self, record: Record) -> None:
        """Write the next input's file; OutputError when it cannot be written."""
        target = next(self._targets)
        try:
            write_atomically(target, render(record, self._fmt))
        except OSError as error:
            raise OutputError(target, error.strerror or str(error)) from None

    def close(self) -> None:
        """Nothing is held: every file is whole once added."""


@cache
def _file_mode() -> int:
    """The permissions a plain new file gets here (0o666 less the umask), not mkstemp's private 0o600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def temporary_beside(target: Path) -> tuple[int, str]:
    """A temporary file in the target's folder, with ordinary permissions, to be renamed onto the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.chmod(temporary, _file_mode())
    return handle, temporary


def write_atomically(target: Path, content: str) -> None:
    """Write through a temporary file in the same folder, then rename: never a half-written file.

    Ctrl-C and SIGTERM wait until the file is whole (or gone), so that none lands between creating
    the temporary file and the rename and leaves it behind.
    """
    with _signals_deferred():
        handle, temporary = temporary_beside(target)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(content)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM for the block (main thread only), then deliver them to their handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    deferred = (signal.SIGINT, signal.SIGTERM)
    previous = {number: signal.signal(number, lambda number, _frame: pending.append(number)) for number in deferred}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        if pending:
            signal.raise_signal(pending[0])


#: bytes of an output file name: room for ".NAME.xxxxxxxx.tmp" under the usual 255-byte limit
_MAX_NAME_BYTES = 200


def _short_name(name: str, limit: int = _MAX_NAME_BYTES) -> str:
    """A file name of at most `limit` bytes, cut at a character boundary, a hash keeping it distinct."""
    encoded = name.encode("utf-8", "surrogateescape")
    if len(encoded) <= limit:
        return name
    import hashlib

    digest = hashlib.sha1(encoded).hexdigest()[:12]
    head = encoded[: limit - 13].decode("utf-8", "ignore")
    return f"{head}~{digest}"


def output_path(out_dir: Path, item: Input, suffix: str) -> Path:
    """The mirrored output file for an input, always inside out_dir, every name short enough to write."""
    parts = [part for part in item.relative().parts if part not in ("..", ".", "/")] or ["input"]
    name = _short_name(parts[-1], _MAX_NAME_BYTES - len(suffix.encode()))
    relative = Path(*[_short_name(part) for part in parts[:-1]], name)
    target = (out_dir / relative).with_name(relative.name + suffix)
    resolved_root = out_dir.resolve()
    if resolved_root not in target.resolve().parents:
        target = out_dir / (relative.name + suffix)
    return target


def output_paths(out_dir: Path, inputs: list[Input], suffix: str) -> list[Path]:
    """The output file of every input, one distinct file each: a clash ("a/x.txt" and "b/x.txt" given
    together) gets "~2", "~3"… before the suffix, in input order."""
    targets: list[Path] = []
    taken: set[Path] = set()
    for item in inputs:
        target = output_path(out_dir, item, suffix)
        number = 1
        while target in taken:
            number += 1
            target = target.with_name(f"{target.name.removesuffix(suffix)}~{number}{suffix}")
        taken.add(target)
        targets.append(target)
    return targets
