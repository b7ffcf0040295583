"""The `briefparse` command: wires inputs, the parser and the exporters together."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from briefparse import __version__

EXAMPLES = """
Examples:

\b
  briefparse brief.txt                      one brief, printed as JSON
  cat brief.txt | briefparse                the same, from stdin (or: briefparse -)
  briefparse briefs/ > briefs.jsonl         a folder, recursively: one JSON line per brief
  briefparse briefs/ --out parsed/          one output file per brief, mirroring the folder
  briefparse brief.txt --format md          a readable Markdown brief
  briefparse brief.txt --reference-date 2022-09-20
                                            resolve "hier", "Monday", dates without a year
  briefparse briefs/ -f csv --out tables/ --participants-table
                                            flat tables: tables/briefs.csv, tables/participants.csv
  briefparse 's3://bucket/briefs/**/*.txt' --engine dask --scheduler tcp://HOST:8786 --out s3://bucket/parsed
                                            parse on a Dask cluster, one file per partition

Exit codes: 0 all parsed, 1 some input could not be parsed, 2 usage error.
"""

app = typer.Typer(add_completion=False, rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefparse {__version__}")
        raise typer.Exit()


def _schema(value: bool) -> None:
    if value:
        from briefparse.models import Brief

        typer.echo(json.dumps(Brief.model_json_schema(), indent=2, ensure_ascii=False))
        raise typer.Exit()


def _fail_usage(message: str) -> None:
    typer.echo(f"briefparse: error: {message}", err=True)
    raise typer.Exit(2)


def _reference(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@app.command(
    help="Turn news briefs (text or saved web pages) into structured JSON, JSON Lines or Markdown.", epilog=EXAMPLES
)
def run(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Brief files or folders (searched recursively for .txt .text .md .html .htm). "
            "'-' or nothing reads stdin. With --engine dask also globs and URLs (s3://, gs://, …).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="json | jsonl | md, or a flat table: csv | parquet. Default: json for one input, jsonl for several.",
            show_default=False,
        ),
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            "-r",
            metavar="YYYY-MM-DD",
            help="Day the brief was published or collected: resolves 'hier', 'Monday', dates without a year. "
            "Default: the brief's own dateline, else today.",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", "-l", help="Language code (fr, en, …) or 'auto'.")] = "auto",
    points: Annotated[int, typer.Option("--points", "-p", min=0, max=50, help="Number of summary points.")] = 5,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            "-o",
            help="Write one output file per input into this folder, mirroring the input tree "
            "(csv, parquet: the tables; --engine dask: one file per partition).",
            show_default=False,
        ),
    ] = None,
    skip_existing: Annotated[
        bool, typer.Option("--skip-existing", help="With --out: leave inputs whose output file already exists.")
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Processes for several inputs (0: every core).")] = 0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Skip inputs larger than this.")] = 5_000_000,
    timeout: Annotated[
        float,
        typer.Option("--timeout", min=0, help="Report an input that takes longer than this (seconds; 0: no limit)."),
    ] = 120,
    participants_table: Annotated[
        bool,
        typer.Option("--participants-table", help="With csv or parquet: also a table of one row per participant."),
    ] = False,
    engine: Annotated[
        str, typer.Option("--engine", "-e", help="local (a process pool) | dask (needs briefparse[dask] and --out).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="With --engine dask: the scheduler, e.g. tcp://host:8786. Default: a local cluster of --jobs workers.",
            show_default=False,
        ),
    ] = None,
    with_text: Annotated[
        bool, typer.Option("--with-text", help="Add the document text that the evidence offsets refer to.")
    ] = False,
    schema: Annotated[
        bool,
        typer.Option("--schema", callback=_schema, is_eager=True, help="Print the JSON Schema of the record and exit."),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    from briefparse.batch import Input, Options, collect_inputs
    from briefparse.errors import BriefparseError
    from briefparse.export import FORMATS
    from briefparse.tables import TABLE_FORMATS

    if output_format is not None and output_format not in FORMATS + TABLE_FORMATS:
        _fail_usage(f"--format must be one of {', '.join(FORMATS + TABLE_FORMATS)}, not {output_format!r}")
    if skip_existing and (out is None or output_format in TABLE_FORMATS or engine == "dask"):
        _fail_usage("--skip-existing needs --out, and works only with json, jsonl, md and the local engine")
    if participants_table and output_format not in TABLE_FORMATS and engine != "dask":
        _fail_usage("--participants-table needs --format csv or parquet (or --engine dask)")
    if participants_table and out is None:
        _fail_usage("--participants-table needs --out")
    _check_engine(engine, scheduler, output_format, out, paths)
    language = None if lang == "auto" else lang
    if language:
        from briefparse.lang import get_language

        try:
            get_language(language)
        except BriefparseError as error:
            _fail_usage(str(error))
    options = Options(
        reference_date=_reference(reference_date),
        language=language,
        points=points,
        max_bytes=max_bytes,
        with_text=with_text,
        timeout=timeout,
    )
    if not paths:
        if sys.stdin.isatty():
            _fail_usage("no input: give a file or folder, or pipe text into briefparse (see --help)")
        inputs = [Input(None)]
    elif engine == "dask":
        raise typer.Exit(
            1 if _run_dask(paths, options, output_format or "jsonl", out, scheduler, jobs, participants_table) else 0
        )
    else:
        inputs = collect_inputs([Path(p) for p in paths])
    single = len(inputs) == 1 and (not paths or not Path(paths[0]).is_dir())
    fmt = output_format or ("json" if single else "jsonl")
    workers = jobs or os.cpu_count() or 1
    try:
        failed = _run(
            inputs, options, fmt, None if out is None else Path(out), skip_existing, workers, single, participants_table
        )
    except KeyboardInterrupt:
        resume = " (the files written are whole: run again with --skip-existing to finish)" if out else ""
        typer.echo(f"briefparse: interrupted{resume}", err=True)
        raise typer.Exit(130) from None
    raise typer.Exit(1 if failed else 0)


def _check_engine(
    engine: str, scheduler: str | None, fmt: str | None, out: str | None, paths: list[str] | None
) -> None:
    """Usage errors for --engine and --scheduler, and a one-line error when an optional package is missing."""
    from importlib.util import find_spec

    if engine not in ("local", "dask"):
        _fail_usage(f"--engine must be local or dask, not {engine!r}")
    if engine == "dask":
        if out is None:
            _fail_usage("--engine dask needs --out (a folder or an object storage URL)")
        if fmt not in (None, "jsonl", "csv", "parquet"):
            _fail_usage("--engine dask writes jsonl, csv or parquet")
        if not paths or "-" in paths:
            _fail_usage("--engine dask reads files, folders, globs or URLs, not stdin")
        if any(find_spec(name) is None for name in ("dask", "distributed", "fsspec")):
            _fail_usage("--engine dask needs the dask extra: pip install 'briefparse[dask]'")
    elif scheduler is not None:
        _fail_usage("--scheduler needs --engine dask")
    if fmt == "parquet" and find_spec("pyarrow") is None:
        _fail_usage("--format parquet needs pyarrow: pip install 'briefparse[parquet]'")


def _run_dask(
    paths: list[str], options, fmt: str, out: str, scheduler: str | None, jobs: int, participants: bool
) -> int:
    """Parse on a Dask cluster and write one file per partition; report errors; return the number of failures."""
    from briefparse import distributed
    from briefparse.errors import BriefparseError

    started = time.perf_counter()
    try:
        summary = distributed.run(
            paths, options, out, fmt, scheduler=scheduler, workers=jobs or None, participants=participants
        )
    except BriefparseError as error:
        _fail_usage(str(error))
    for data in summary.errors:
        typer.echo(f"briefparse: error: {data['path']}: {data['error']}", err=True)
    seconds = time.perf_counter() - started
    typer.echo(f"briefparse: {summary.parsed} parsed, {len(summary.errors)} failed, {seconds:.2f} s", err=True)
    return len(summary.errors)


def _run(
    inputs,
    options,
    fmt: str,
    out: Path | None,
    skip_existing: bool,
    workers: int,
    single: bool,
    participants: bool = False,
) -> int:
    """Parse every input, write or print each record (or table rows); return the number of failures."""
    from briefparse.batch import output_paths, parse_many, write_atomically
    from briefparse.export import SUFFIXES, render
    from briefparse.tables import TABLE_FORMATS, TableSink

    started = time.perf_counter()
    targets = output_paths(out, inputs, SUFFIXES[fmt]) if out is not None and fmt in SUFFIXES else [None] * len(inputs)
    if out is not None and skip_existing:
        kept = [(item, target) for item, target in zip(inputs, targets, strict=True) if not target.exists()]
        inputs, targets = [item for item, _ in kept], [target for _, target in kept]
    parsed = failed = 0
    progress = _progress(len(inputs)) if not single and sys.stderr.isatty() else None
    sink = TableSink(out, fmt, participants) if fmt in TABLE_FORMATS else None
    as_array = fmt == "json" and not single and out is None
    first = True
    if as_array:
        sys.stdout.write("[\n")
    for target, data in zip(targets, parse_many(inputs, options, workers), strict=True):
        if "error" in data:
            failed += 1
            typer.echo(f"briefparse: error: {_one_line(data['path'])}: {data['error']}", err=True)
        else:
            parsed += 1
        if sink:
            sink.add(data)
        elif out is not None:
            try:
                write_atomically(target, render(data, fmt))
            except OSError as error:
                if "error" not in data:
                    parsed, failed = parsed - 1, failed + 1
                typer.echo(f"briefparse: error: {_one_line(target)}: cannot write: {error.strerror or error}", err=True)
        elif not (single and "error" in data):
            text = render(data, fmt)
            if as_array:
                text = ("" if first else ",\n") + text.rstrip("\n")
            elif fmt == "md" and not first:
                text = "\n---\n\n" + text
            sys.stdout.write(text)
        first = False
        if progress:
            progress.advance()
    if as_array:
        sys.stdout.write("\n]\n")
    if sink:
        sink.close()
    if progress:
        progress.close()
    if not single:
        seconds = time.perf_counter() - started
        typer.echo(f"briefparse: {parsed} parsed, {failed} failed, {seconds:.2f} s", err=True)
    return failed


def _one_line(path) -> str:
    """A path fit for a one-line message: line breaks and other controls escaped, undecodable bytes as U+FFFD."""
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class _progress:
    """A progress bar on stderr (rich), only for folder runs on a terminal."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import Progress

        self._bar = Progress(transient=True, console=Console(stderr=True))
        self._bar.start()
        self._task = self._bar.add_task("parsing", total=total)

    def advance(self) -> None:
        self._bar.advance(self._task)

    def close(self) -> None:
        self._bar.stop()


def _terminated(_signum, _frame) -> None:
    """SIGTERM (`kill`) unwinds like Ctrl-C, so that no half-written temporary file is left behind."""
    typer.echo("briefparse: terminated", err=True)
    raise SystemExit(143)


def main() -> None:
    """Console-script entry point."""
    import signal

    signal.signal(signal.SIGTERM, _terminated)
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("briefparse: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
