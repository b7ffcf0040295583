"""Running inputs: each one parsed, in this process or a process pool, to a Brief or an error record."""

from __future__ import annotations

import datetime as dt
import gc
import signal
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from briefparse.document import DEFAULT_MAX_BYTES
from briefparse.errors import BriefparseError
from briefparse.inputs import Input, read_input
from briefparse.models import ErrorRecord, Record


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


def parse_input(item: Input, options: Options) -> Record:
    """The Brief of one input, or its error record. Never raises (but for Ctrl-C and exit)."""
    if item.problem:
        return ErrorRecord(path=item.label, error=item.problem)
    try:
        data = read_input(item, options.max_bytes)
    except BriefparseError as error:
        return ErrorRecord(path=item.label, error=str(error))
    except Exception as error:
        return internal_error(item.label, error, options.verbose)
    return parse_data(data, None if item.path is None else item.label, options)


def parse_data(data: bytes, path: str | None, options: Options) -> Record:
    """The Brief of an input's bytes (`path`: its label, None for stdin), or its error record.

    A bug met on one input (any exception) is that input's error record, "internal error: …", so that a
    folder run goes on.
    """
    from briefparse.document import load_document
    from briefparse.pipeline import build_brief

    try:
        with _time_limit(options.timeout):
            doc = load_document(data, language=options.language, max_bytes=options.max_bytes)
            brief = build_brief(doc, reference_date=options.reference_date, points=options.points)
    except BriefparseError as error:
        return ErrorRecord(path=path or "-", error=str(error))
    except Exception as error:
        return internal_error(path or "-", error, options.verbose)
    return brief.model_copy(update={"path": path, "text": doc.text if options.with_text else None})


def internal_error(path: str, error: Exception, verbose: bool) -> ErrorRecord:
    """The error record of a bug met on one input; with `verbose`, its traceback goes to stderr at once."""
    if verbose:
        trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        sys.stderr.write(f"briefparse: internal error in {path}:\n{trace}")
    message = " ".join(str(error).split()) or "no message"
    return ErrorRecord(path=path, error=f"internal error: {type(error).__name__}: {message}")


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


def _start_worker() -> None:
    """Worker processes leave Ctrl-C to the parent, which stops the pool without a traceback per worker; they
    collect cycles, which the command's start-up may have left off when it forked them (`cli.main`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.enable()


def _parse_pair(args: tuple[Input, Options]) -> Record:
    return parse_input(*args)


def parse_many(inputs: list[Input], options: Options, jobs: int) -> Iterator[Record]:
    """Records in input order, parsed by `jobs` processes (1: in this process)."""
    if jobs <= 1 or len(inputs) < 4:
        for item in inputs:
            yield parse_input(item, options)
        return
    from concurrent.futures import ProcessPoolExecutor  # only folder runs pay for multiprocessing's import

    chunk = max(1, min(64, len(inputs) // (jobs * 8)))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker)
    try:
        yield from pool.map(_parse_pair, [(item, options) for item in inputs], chunksize=chunk)
    finally:  # also when the reader stops early (a closed pipe, Ctrl-C): what is not started is dropped
        pool.shutdown(wait=True, cancel_futures=True)
