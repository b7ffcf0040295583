"""Many inputs: walk folders, parse in a process pool, one record or one error record per input."""

from __future__ import annotations

import datetime as dt
import errno
import glob
import os
import signal
import stat
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from briefparse.document import DEFAULT_MAX_BYTES
from briefparse.errors import BriefparseError

BRIEF_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
GLOB_CHARACTERS = "*?["
NO_MATCH = "no file or folder matches this pattern"


@dataclass(frozen=True)
class Options:
    """What every worker needs to parse one input the same way."""

    reference_date: dt.date | None = None
    language: str | None = None
    points: int = 5
    max_bytes: int = DEFAULT_MAX_BYTES
    with_text: bool = False
    #: print the traceback of an internal error on stderr (the error record says only what it was)
    verbose: bool = False
    #: seconds one input may take before it is reported as an error (0: no limit; POSIX main thread only)
    timeout: float = 0


@dataclass(frozen=True)
class Input:
    """One thing to parse: a file, or stdin when path is None."""

    path: Path | None
    root: Path | None = None
    problem: str | None = None

    @property
    def label(self) -> str:
        """The path as printed and recorded; bytes that are not UTF-8 in a file name show as U+FFFD."""
        if self.path is None:
            return "-"
        return str(self.path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    def relative(self) -> Path:
        """Where the input sits under the folder it was found in (for mirrored output)."""
        if self.path is None:
            return Path("stdin")
        if self.root is not None:
            return self.path.relative_to(self.root)
        return Path(self.path.name)


def is_pattern(path: str) -> bool:
    """True for a glob ('briefs/*.txt', '**/*.html') that names no existing file itself."""
    return any(c in path for c in GLOB_CHARACTERS) and not os.path.lexists(path)


def expand_patterns(paths: Iterable[str]) -> Iterator[Path | Input]:
    """Each path as given, or each match of a quoted glob ('**' crosses folders), sorted; a glob that
    matches nothing is an Input with its problem."""
    for path in paths:
        if not is_pattern(path):
            yield Path(path)
            continue
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield Input(Path(path), problem=NO_MATCH)
        yield from (Path(match) for match in matches)


def collect_inputs(paths: Iterable[Path | str]) -> list[Input]:
    """Files as given, globs expanded, folders walked recursively for brief files, in a stable order;
    problems kept.

    Every path yields at least one Input, so that every input ends as a record or an error record.
    """
    inputs: list[Input] = []
    for path in expand_patterns(str(p) for p in paths):
        if isinstance(path, Input):
            inputs.append(path)
        elif str(path) == "-":
            inputs.append(Input(None))
        elif path.is_dir():
            found = sorted(_walk(path), key=lambda i: str(i.path))
            if not found:
                inputs.append(Input(path, problem="no brief files (.txt, .text, .md, .html, .htm) in this folder"))
            inputs.extend(found)
        else:
            problem = _path_problem(path, walked=False)
            inputs.append(Input(path, problem=problem))
    return inputs


def _path_problem(path: Path, *, walked: bool) -> str | None:
    """Why a file cannot be read, or None. Pipes and devices are read only when named on the command line."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return "broken symbolic link"
        if error.errno == errno.ENOENT:
            return "no such file or folder"
        return error.strerror or str(error)
    if stat.S_ISREG(mode) or (not walked and not stat.S_ISDIR(mode)):
        return None
    return "not a regular file (a pipe, socket or device)"


def _walk(root: Path) -> Iterator[Input]:
    """Brief files under root; symbolic links to folders are not followed (no loops); unreadable folders reported."""
    unreadable: list[OSError] = []
    for folder, _dirs, files in os.walk(root, followlinks=False, onerror=unreadable.append):
        for name in files:
            path = Path(folder) / name
            if path.suffix.lower() in BRIEF_SUFFIXES:
                yield Input(path, root, problem=_path_problem(path, walked=True))
    for error in unreadable:
        folder = Path(error.filename) if error.filename else root
        yield Input(folder, root, problem=f"unreadable folder: {error.strerror or error}")


def read_input(item: Input, max_bytes: int) -> bytes:
    """The bytes of an input, refusing what is too large before reading it all."""
    if item.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            with item.path.open("rb") as stream:
                size = os.fstat(stream.fileno()).st_size
                if size > max_bytes:
                    raise BriefparseError(f"file is {size} bytes, over the limit of {max_bytes} (see --max-bytes)")
                data = stream.read(max_bytes + 1)
        except OSError as error:
            raise BriefparseError(error.strerror or str(error)) from None
    return within_limit(data, max_bytes)


def within_limit(data: bytes, max_bytes: int) -> bytes:
    """The data, unless it is over the size limit (read with one byte to spare to tell)."""
    if len(data) > max_bytes:
        raise BriefparseError(f"input is over the limit of {max_bytes} bytes (see --max-bytes)")
    return data


def parse_input(item: Input, options: Options) -> dict[str, Any]:
    """The record of one input, or an error record {path, error}. Never raises (but for Ctrl-C and exit)."""
    if item.problem:
        return {"path": item.label, "error": item.problem}
    try:
        data = read_input(item, options.max_bytes)
    except BriefparseError as error:
        return {"path": item.label, "error": str(error)}
    except Exception as error:
        return internal_error(item.label, error, options.verbose)
    return parse_data(data, None if item.path is None else item.label, options)


def parse_data(data: bytes, path: str | None, options: Options) -> dict[str, Any]:
    """The record of an input's bytes (`path`: its label, None for stdin), or an error record {path, error}.

    A bug met on one input (any exception) is that input's error record, "internal error: …", so that a
    folder run goes on.
    """
    from briefparse.document import load_document
    from briefparse.export import record
    from briefparse.pipeline import build_brief

    try:
        with _time_limit(options.timeout):
            doc = load_document(data, language=options.language, max_bytes=options.max_bytes)
            brief = build_brief(doc, reference_date=options.reference_date, points=options.points)
    except BriefparseError as error:
        return {"path": path or "-", "error": str(error)}
    except Exception as error:
        return internal_error(path or "-", error, options.verbose)
    brief.path = path
    if options.with_text:
        brief.text = doc.text
    return record(brief, with_text=options.with_text)


def internal_error(path: str, error: Exception, verbose: bool) -> dict[str, Any]:
    """The error record of a bug met on one input; with `verbose`, its traceback goes to stderr at once."""
    if verbose:
        trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        sys.stderr.write(f"briefparse: internal error in {path}:\n{trace}")
    message = " ".join(str(error).split()) or "no message"
    return {"path": path, "error": f"internal error: {type(error).__name__}: {message}"}


class _TimeLimit(BriefparseError):
    """An input that took longer than Options.timeout."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _TimeLimit in the block after `seconds` (a SIGALRM timer, which also stops a running regex)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum, _frame):
        raise _TimeLimit(f"took longer than {seconds:g} s (see --timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _ignore_interrupts() -> None:
    """Worker processes leave Ctrl-C to the parent, which stops the pool without a traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse_pair(args: tuple[Input, Options]) -> dict[str, Any]:
    return parse_input(*args)


def parse_many(inputs: list[Input], options: Options, jobs: int) -> Iterator[dict[str, Any]]:
    """Records in input order, parsed by `jobs` processes (1: in this process)."""
    if jobs <= 1 or len(inputs) < 4:
        for item in inputs:
            yield parse_input(item, options)
        return
    from concurrent.futures import ProcessPoolExecutor  # only folder runs pay for multiprocessing's import

    chunk = max(1, min(64, len(inputs) // (jobs * 8)))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        yield from pool.map(_parse_pair, [(item, options) for item in inputs], chunksize=chunk)
    finally:  # also when the reader stops early (a closed pipe, Ctrl-C): what is not started is dropped
        pool.shutdown(wait=True, cancel_futures=True)


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
