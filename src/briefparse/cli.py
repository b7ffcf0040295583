"""The `briefparse` command: wires inputs, the parser and the exporters together."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
import typer.core

from briefparse import __version__
from briefparse.startup import (
    keep_dataclass_methods,
    keep_forward_references,
    keep_module_code,
    skip_plugin_loader,
)

if TYPE_CHECKING:
    from briefparse.models import Record

EXAMPLES = """
Examples:

\b
  briefparse brief.txt                      one brief, printed as JSON
  cat brief.txt | briefparse                the same, from stdin (or: briefparse -)
  briefparse briefs/ > briefs.jsonl         a folder, recursively: one JSON line per brief
  briefparse 'briefs/**/*.html'             a glob, quoted: briefparse expands it
  briefparse briefs/ --out parsed/          one output file per brief, mirroring the folder
  briefparse brief.txt --format md          a readable Markdown brief
  briefparse brief.txt --reference-date 2022-09-20
                                            resolve "hier", "Monday", dates without a year
  briefparse briefs/ -f csv --out tables/ --participants-table
                                            flat tables: tables/briefs.csv, tables/participants.csv
  briefparse 's3://bucket/briefs/**/*.txt' --engine dask --scheduler tcp://HOST:8786 --out s3://bucket/parsed
                                            parse on a Dask cluster, one file per partition
  briefparse report briefs/ --out report.html
                                            one HTML page to explore them (see briefparse report --help)

\b
Exit codes:
  0    every input parsed
  1    some input could not be parsed (one line each on stderr; the others are still written)
  2    usage error (nothing parsed)
  130  interrupted (Ctrl-C)
  141  stdout closed early (e.g. | head): the records asked for were written
  143  terminated (kill)
"""

#: the options after which the command prints a page and exits without importing pydantic
_PAGE_OPTIONS = frozenset({"-h", "--help", "--version"})

#: the exit status of a run whose reader closed stdout early (128 + SIGPIPE, as a shell reports `yes | head`)
EXIT_CLOSED_PIPE = 141


def _language_codes() -> str:
    """The supported language codes, read from the names of the language modules, `lang/<code>.py` with a
    two-letter ISO 639-1 code (nothing imported: `--help` stays quick)."""
    import pkgutil
    from importlib.util import find_spec

    spec = find_spec("briefparse.lang")
    folders = (spec.submodule_search_locations or []) if spec else []
    names = sorted(m.name for m in pkgutil.iter_modules(folders) if len(m.name) == 2 and m.name.isalpha())
    return ", ".join(names)


def _error(message: str) -> None:
    """One line on stderr, in the one style of every error briefparse reports."""
    sys.stderr.write(f"briefparse: error: {message}\n")


#: the base of Click's errors (Typer may carry its own copy of Click, so it is found from Typer's class)
_CLICK_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


class _Command(typer.core.TyperCommand):
    """Click's usage errors ("Usage: … Error: No such option") in briefparse's one-line style, exit 2; help
    labels are the metavars alone."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if param.param_type_name == "argument":  # "[PATH]...", not "[PATH]... <list[str]>"
                param.display_type_rich = lambda ctx: None

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _CLICK_ERROR as error:
            message = error.format_message()
            _error(f"{message[:1].lower()}{message[1:]} (see {prog_name or 'briefparse'} --help)")
            sys.exit(error.exit_code)
        except typer.Abort:
            sys.exit(130)
        sys.exit(status or 0)


app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefparse {__version__}")
        raise typer.Exit()


def _schema(value: bool) -> None:
    if value:
        from briefparse.models import record_schema

        typer.echo(json.dumps(record_schema(), indent=2, ensure_ascii=False))
        raise typer.Exit()


def _fail_usage(message: str) -> NoReturn:
    _error(message)
    raise typer.Exit(2)


def _language(code: str) -> str | None:
    """The --lang code checked, None for auto."""
    if code == "auto":
        return None
    from briefparse.errors import BriefparseError
    from briefparse.lang import get_language

    try:
        get_language(code)
    except BriefparseError as error:
        _fail_usage(str(error))
    return code


def _reference(value: str | None) -> dt.date | None:
    if value is None:
        return None
    if value.strip().lower() == "today":  # a live feed: the briefs were written today
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail_usage(f"--reference-date: {_one_line(value)!r} is not a date in the form YYYY-MM-DD, nor 'today'")


ReferenceDate = Annotated[
    str | None,
    typer.Option(
        "--reference-date",
        "-r",
        metavar="DATE",
        help="Day the brief was published or collected, as YYYY-MM-DD, or 'today' for a live feed: resolves "
        "'hier', 'Monday', dates without a year. Default: the date the brief or its page states; without "
        "one, such words are left unresolved.",
        show_default=False,
    ),
]
Lang = Annotated[
    str,
    typer.Option(
        "--lang", "-l", metavar="CODE", help=f"Language of the briefs: {_language_codes()}, or auto (detected)."
    ),
]
Points = Annotated[
    int, typer.Option("--points", "-p", metavar="N", min=0, max=50, help="Number of summary points (0 to 50).")
]
Jobs = Annotated[
    int, typer.Option("--jobs", "-j", metavar="N", min=0, help="Processes for several inputs (0: every core).")
]
MaxBytes = Annotated[int, typer.Option("--max-bytes", metavar="N", min=1, help="Skip inputs larger than N bytes.")]
Timeout = Annotated[
    float,
    typer.Option(
        "--timeout", metavar="SECONDS", min=0, help="Report an input that takes longer than this (0: no limit)."
    ),
]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Print the traceback of an internal error.")]


@app.command(
    cls=_Command,
    help="Turn news briefs (text or saved web pages) into structured JSON, JSON Lines or Markdown. "
    "Records go to stdout (or --out), progress and errors to stderr.",
    epilog=EXAMPLES,
)
def run(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="PATH",
            help="Brief files, folders (searched recursively for .txt .text .md .html .htm) or quoted globs "
            "('briefs/**/*.txt'). '-' or nothing reads stdin. With --engine dask also URLs (s3://, gs://, …).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="json | jsonl | md, or a flat table: csv | parquet. Default: json for one input or with --out, "
            "jsonl for several.",
            show_default=False,
        ),
    ] = None,
    reference_date: ReferenceDate = None,
    lang: Lang = "auto",
    points: Points = 5,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            "-o",
            metavar="DIR",
            help="Write one file per input into this folder: DIR/NAME.FORMAT, NAME being the input's path under "
            "the folder given, or its file name (csv, parquet: the tables; --engine dask: one file per partition).",
            show_default=False,
        ),
    ] = None,
    skip_existing: Annotated[
        bool, typer.Option("--skip-existing", help="With --out: leave inputs whose output file already exists.")
    ] = False,
    jobs: Jobs = 0,
    max_bytes: MaxBytes = 5_000_000,
    timeout: Timeout = 120,
    participants_table: Annotated[
        bool,
        typer.Option("--participants-table", help="With csv or parquet: also a table of one row per participant."),
    ] = False,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            "-e",
            metavar="ENGINE",
            help="local (a process pool) | dask (needs briefparse[dask] and --out).",
        ),
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
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress and no summary line (errors are still reported).")
    ] = False,
    verbose: Verbose = False,
    schema: Annotated[
        bool,
        typer.Option(
            "--schema",
            callback=_schema,
            is_eager=True,
            help="Print the JSON Schema of what is written (records and error records) and exit.",
        ),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    from briefparse.batch import Options
    from briefparse.export import FORMATS, TABLE_FORMATS
    from briefparse.inputs import Input, collect_inputs

    if output_format is not None and output_format not in FORMATS + TABLE_FORMATS:
        _fail_usage(f"--format must be one of {', '.join(FORMATS + TABLE_FORMATS)}, not {output_format!r}")
    if skip_existing and (out is None or output_format in TABLE_FORMATS or engine == "dask"):
        _fail_usage("--skip-existing needs --out, and works only with json, jsonl, md and the local engine")
    if participants_table and output_format not in TABLE_FORMATS and engine != "dask":
        _fail_usage("--participants-table needs --format csv or parquet (or --engine dask)")
    if participants_table and out is None:
        _fail_usage("--participants-table needs --out")
    _check_engine(engine, scheduler, output_format, out, paths)
    _check_output(output_format, out)
    language = _language(lang)
    options = Options(
        reference_date=_reference(reference_date),
        language=language,
        points=points,
        max_bytes=max_bytes,
        with_text=with_text,
        timeout=timeout,
        verbose=verbose,
    )
    if not paths:
        if sys.stdin.isatty():
            _fail_usage("no input: give a file or folder, or pipe text into briefparse (see --help)")
        inputs = [Input(None)]
    elif engine == "dask":
        _end_start_up()  # the cluster's client runs in this process for the whole run
        failed = _run_dask(paths, options, output_format or "jsonl", out, scheduler, jobs, participants_table, quiet)
        raise typer.Exit(1 if failed else 0)
    else:
        inputs = collect_inputs(paths)
    single = len(inputs) == 1 and not Path(paths[0] if paths else "-").is_dir()
    fmt = output_format or ("json" if single or out is not None else "jsonl")
    workers = jobs or os.cpu_count() or 1
    report = _Report(len(inputs), show=not single and not quiet)
    try:
        _run(inputs, options, fmt, None if out is None else Path(out), skip_existing, workers, single,
             participants_table, report)
    except KeyboardInterrupt:
        report.close()
        resume = " (the files written are whole: run again with --skip-existing to finish)" if out else ""
        sys.stderr.write(f"briefparse: interrupted{resume}\n")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_CLOSED_PIPE) from None
    finally:
        report.close()
    report.summary()
    raise typer.Exit(1 if report.failed else 0)


def _silence_stdout() -> None:
    """After the reader of stdout has gone: send what Python still flushes at exit nowhere, quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


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
    else:
        if scheduler is not None:
            _fail_usage("--scheduler needs --engine dask")
        url = next((path for path in paths or () if "://" in path), None)
        if url is not None:
            _fail_usage(
                f"{_one_line(url)}: a URL is read only by the Dask engine: add --engine dask --out DIR "
                "(pip install 'briefparse[dask]' and the fsspec driver of the storage, e.g. s3fs), "
                "or download the file and give its path"
            )
    if fmt == "parquet" and find_spec("pyarrow") is None:
        _fail_usage("--format parquet needs pyarrow: pip install 'briefparse[parquet]'")


def _check_output(fmt: str | None, out: str | None) -> None:
    """Usage errors for where the output goes: --out must be a folder, Parquet is not for a terminal."""
    if out is not None and "://" not in out and Path(out).exists() and not Path(out).is_dir():
        _fail_usage(f"--out {_one_line(out)}: is a file, not a folder (--out names a folder for the output files)")
    if fmt == "parquet" and out is None and sys.stdout.isatty():
        _fail_usage(
            "Parquet is binary and stdout is a terminal: redirect it to a file (> briefs.parquet) or use --out DIR"
        )


def _run_dask(
    paths: list[str], options, fmt: str, out: str, scheduler: str | None, jobs: int, participants: bool, quiet: bool
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
    for record in summary.errors:
        _error(f"{_one_line(record.path)}: {record.error}")
    seconds = time.perf_counter() - started
    if not quiet:
        sys.stderr.write(f"briefparse: {summary.parsed} parsed, {len(summary.errors)} failed, {seconds:.2f} s\n")
    return len(summary.errors)


def _run(
    inputs,
    options,
    fmt: str,
    out: Path | None,
    skip_existing: bool,
    workers: int,
    single: bool,
    participants: bool,
    report: _Report,
) -> None:
    """Parse every input and hand each record to where it goes (stdout, a file each, the tables); count what
    failed in `report`."""
    from briefparse.batch import parse_many
    from briefparse.export import SUFFIXES, TABLE_FORMATS
    from briefparse.outputs import FolderSink, OutputError, StreamSink, output_paths

    if fmt in TABLE_FORMATS:
        from briefparse.tables import TableSink

        sink = TableSink(out, fmt, participants)
    elif out is not None:
        targets = output_paths(out, inputs, SUFFIXES[fmt])
        if skip_existing:
            kept = [(item, target) for item, target in zip(inputs, targets, strict=True) if not target.exists()]
            inputs, targets = [item for item, _ in kept], [target for _, target in kept]
            report.total = len(inputs)
        sink = FolderSink(targets, fmt)
    else:
        sink = StreamSink(sys.stdout, fmt, single=single)
    with closing(parse_many(inputs, options, workers)) as records:  # closed early: the pool stops at once
        for record in records:
            _end_start_up()
            report.record(record)
            try:
                sink.add(record)
            except OutputError as error:
                report.unwritten(record, f"{_one_line(error.target)}: cannot write: {error.reason}")
            report.advance()
    sink.close()


def _supported() -> list[str]:
    from briefparse.lang import supported_languages

    return supported_languages()


def _unsupported(code: str | None) -> str:
    """The warning for a brief in a language briefparse does not parse."""
    named = "in an unrecognised language" if code in (None, "unknown") else f"in a language not supported ({code})"
    return (
        f"{named}: only what a page's metadata states is filled (supported: {', '.join(_supported())}; "
        "--lang forces one)"
    )


def _one_line(path) -> str:
    """A path fit for a one-line message: line breaks and other controls escaped, undecodable bytes as U+FFFD."""
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class _Report:
    """What a run tells on stderr: errors and warnings (one line each), and, for several inputs, a progress
    line on a terminal (`parsing 1024/2001`, redrawn in place and erased at the end) and a summary line.

    stdout is never touched: it holds the records alone.
    """

    #: seconds between two redraws of the progress line
    REDRAW = 0.1

    def __init__(self, total: int, *, show: bool) -> None:
        from briefparse.models import ErrorRecord  # not at the top: --help does not load the model

        self._error_type = ErrorRecord
        self.total = total
        self.parsed = self.failed = self.done = 0
        self._show = show
        self._live = show and sys.stderr.isatty()
        self._drawn = False
        self._last = 0.0
        self._started = time.perf_counter()

    def advance(self) -> None:
        self.done += 1
        now = time.perf_counter()
        if self._live and (now - self._last >= self.REDRAW or self.done == self.total):
            self._last = now
            self._draw()

    def _draw(self) -> None:
        width = len(str(self.total))
        failed = f", {self.failed} failed" if self.failed else ""
        self._drawn = True  # before the line shows: Ctrl-C from then on erases it
        sys.stderr.write(f"\r\033[Kbriefparse: parsing {self.done:>{width}}/{self.total}{failed}")
        sys.stderr.flush()

    def _erase(self) -> None:
        if self._drawn:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self._drawn = False

    def record(self, record: Record) -> None:
        """Count a record; an error record, or a brief in a language briefparse does not parse, says so."""
        if isinstance(record, self._error_type):
            self.error(f"{_one_line(record.path)}: {record.error}")
            return
        self.parsed += 1
        if record.language not in _supported():
            self.warning(f"{_one_line(record.path or '-')}: {_unsupported(record.language)}")

    def unwritten(self, record: Record, message: str) -> None:
        """A record parsed but not written is a failure too."""
        if not isinstance(record, self._error_type):
            self.parsed -= 1
        self.error(message)

    def error(self, message: str) -> None:
        self.failed += 1
        self._line(f"briefparse: error: {message}")

    def warning(self, message: str) -> None:
        self._line(f"briefparse: warning: {message}")

    def _line(self, line: str) -> None:
        self._erase()
        sys.stderr.write(line + "\n")
        if self._live and self.done:
            self._draw()

    def close(self) -> None:
        """Erase the progress line (at the end, on Ctrl-C, on a closed pipe)."""
        self._erase()
        self._live = False

    def summary(self) -> None:
        if self._show:
            seconds = time.perf_counter() - self._started
            sys.stderr.write(f"briefparse: {self.parsed} parsed, {self.failed} failed, {seconds:.2f} s\n")


# briefparse report ---------------------------------------------------------------------------------------------

REPORT_EXAMPLES = """
Examples:

\b
  briefparse report briefs/ --out report.html         parse a folder, write one self-contained page
  briefparse briefs/ --with-text > records.jsonl
  briefparse report --from-records records.jsonl --out report.html
                                                      the same page from records already written
  cat brief.txt | briefparse report > report.html     stdin in, the page on stdout

\b
Exit codes:
  0    every input parsed (and every record read)
  1    some input could not be parsed, or a piece of --from-records is no record: listed in the page too
  2    usage error (no page written)
"""

report_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@report_app.command(
    cls=_Command,
    help="Write one self-contained HTML page (no network needed) to explore briefs: a timeline, a who-met-whom "
    "network, a table that sorts and filters, each brief's text with its evidence highlighted, the errors.",
    epilog=REPORT_EXAMPLES,
)
def report(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUT",
            help="Brief files, folders or quoted globs, as for parsing; '-' or nothing reads stdin.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        str | None,
        typer.Option("--out", "-o", metavar="FILE", help="The HTML file to write. Default: stdout (not a terminal).",
                     show_default=False),
    ] = None,
    from_records: Annotated[
        str | None,
        typer.Option(
            "--from-records",
            metavar="FILE",
            help="Build the page from records briefparse wrote (JSON Lines or JSON; '-' for stdin) instead of "
            "parsing briefs. Records written with --with-text show their evidence in their text.",
            show_default=False,
        ),
    ] = None,
    title: Annotated[str, typer.Option("--title", metavar="TEXT", help="Title of the page.")] = "briefparse report",
    reference_date: ReferenceDate = None,
    lang: Lang = "auto",
    points: Points = 5,
    jobs: Jobs = 0,
    max_bytes: MaxBytes = 5_000_000,
    timeout: Timeout = 120,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary line.")] = False,
    verbose: Verbose = False,
) -> None:
    from briefparse.batch import Options
    from briefparse.outputs import write_atomically
    from briefparse.report import build_page

    if from_records is not None and paths:
        _fail_usage("--from-records builds the page from records alone: give no INPUT with it")
    if out is None and sys.stdout.isatty():
        _fail_usage("the report is an HTML page and stdout is a terminal: give --out report.html, or redirect stdout")
    if out is not None and Path(out).is_dir():
        _fail_usage(f"--out {_one_line(out)}: is a folder (--out names the HTML file to write)")
    language = _language(lang)
    if from_records is not None:
        records, progress = _read_record_file(from_records, quiet)
    else:
        options = Options(reference_date=_reference(reference_date), language=language,
                          points=points, max_bytes=max_bytes, with_text=True, timeout=timeout, verbose=verbose)
        records, progress = _parse_for_report(paths, options, jobs or os.cpu_count() or 1, quiet)
    page = build_page(records, title)
    try:
        if out is None:
            sys.stdout.write(page)
            sys.stdout.flush()
        else:
            write_atomically(Path(out), page)
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_CLOSED_PIPE) from None
    except OSError as error:
        _error(f"{_one_line(out)}: cannot write: {error.strerror or error}")
        raise typer.Exit(1) from None
    progress.summary()
    raise typer.Exit(1 if progress.failed else 0)


def _parse_for_report(paths: list[str] | None, options, workers: int, quiet: bool) -> tuple[list[Record], _Report]:
    """Every input parsed, with its text, errors reported as a run reports them."""
    from briefparse.batch import parse_many
    from briefparse.inputs import Input, collect_inputs

    if not paths:
        if sys.stdin.isatty():
            _fail_usage("no input: give a file or folder, or pipe text into briefparse report (see --help)")
        inputs = [Input(None)]
    else:
        inputs = collect_inputs(paths)
    progress = _Report(len(inputs), show=not quiet)
    records: list[Record] = []
    try:
        with closing(parse_many(inputs, options, workers)) as parsed:
            for record in parsed:
                progress.record(record)
                records.append(record)
                progress.advance()
    finally:
        progress.close()
    return records, progress


def _read_record_file(path: str, quiet: bool) -> tuple[list[Record], _Report]:
    """The records of a file briefparse wrote; each piece that is no record reported, and listed in the page."""
    from briefparse.report import UnreadablePiece, read_records

    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        _fail_usage(f"--from-records {_one_line(path)}: {error.strerror or error}")
    records = list(read_records(data.decode("utf-8", "replace"), "stdin" if path == "-" else _one_line(path)))
    progress = _Report(len(records), show=not quiet)
    for record in records:
        if isinstance(record, UnreadablePiece):
            progress.error(f"{record.path}: {record.error}")
        else:
            progress.parsed += 1
    return records, progress


def _terminated(_signum, _frame) -> None:
    """SIGTERM (`kill`) unwinds like Ctrl-C, so that no half-written temporary file is left behind."""
    raise _Terminated


class _Terminated(SystemExit):
    """The run was stopped by SIGTERM (`kill`)."""

    def __init__(self) -> None:
        super().__init__(143)


def _end_start_up() -> None:
    """The first record is out (or a Dask run begins): the modules and language data loaded so far live as long
    as the process, so they are set apart from the cycle collector's generations (`gc.freeze`), which then runs
    again (see `main`)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main() -> None:
    """Console-script entry point.

    Start-up (imports, the language data, the first brief) makes some 70 000 objects that the cycle collector tracks,
    nearly all of them living as long as the process: the collector, which would walk them a dozen times (a tenth of
    a one-file run), waits until the first record is out (`_end_start_up`; worker processes turn it on as they
    start, `batch._start_worker`).

    Pydantic looks for plugins of its own in the metadata of every installed distribution when it builds the first
    model (a tenth of a one-file run, with the import of `importlib.metadata`); the command uses none, so it tells
    pydantic so, unless PYDANTIC_DISABLE_PLUGINS is set already (set to an empty value, plugins load); with plugins
    off, pydantic's plugin loader is not even imported (`startup.skip_plugin_loader`).

    The methods of the data classes that the run defines, and the forward references of its annotations, are compiled
    once per machine (`startup.keep_dataclass_methods`, `startup.keep_forward_references`); the forward references
    only when the command goes on to import pydantic (whose schema types make most of them): for `--help` reading
    the kept ones would cost more than compiling its few. So is the code of briefparse's modules when Python writes
    no bytecode (`startup.keep_module_code`), except for `--help` and `--version`, which import few of them."""
    import signal

    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    skip_plugin_loader()
    keep_dataclass_methods()
    if _PAGE_OPTIONS.isdisjoint(sys.argv[1:]):
        keep_module_code()
        keep_forward_references()
    signal.signal(signal.SIGTERM, _terminated)
    try:
        if sys.argv[1:2] == ["report"]:  # the one subcommand; a file named 'report' is parsed as ./report
            report_app(args=sys.argv[2:], prog_name="briefparse report")
        else:
            gc.disable()
            app()
    except _Terminated:
        sys.stderr.write("briefparse: terminated\n")
        sys.exit(143)
    except KeyboardInterrupt:
        sys.stderr.write("briefparse: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_CLOSED_PIPE)
