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

  briefparse brief.txt                      one brief, printed as JSON
  cat brief.txt | briefparse                the same, from stdin (or: briefparse -)
  briefparse briefs/ > briefs.jsonl         a folder, recursively: one JSON line per brief
  briefparse briefs/ --out parsed/          one output file per brief, mirroring the folder
  briefparse brief.txt --format md          a readable Markdown brief
  briefparse brief.txt --reference-date 2022-09-20
                                            resolve "hier", "Monday", dates without a year

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
        list[Path] | None,
        typer.Argument(
            help="Brief files or folders (searched recursively for .txt .text .md .html .htm). "
            "'-' or nothing reads stdin.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="json | jsonl | md. Default: json for one input, jsonl for several.",
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
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write one output file per input into this folder, mirroring the input tree.",
            show_default=False,
        ),
    ] = None,
    skip_existing: Annotated[
        bool, typer.Option("--skip-existing", help="With --out: leave inputs whose output file already exists.")
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Processes for several inputs (0: every core).")] = 0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Skip inputs larger than this.")] = 5_000_000,
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

    if output_format is not None and output_format not in FORMATS:
        _fail_usage(f"--format must be one of {', '.join(FORMATS)}, not {output_format!r}")
    if skip_existing and out is None:
        _fail_usage("--skip-existing needs --out")
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
    )
    if not paths:
        if sys.stdin.isatty():
            _fail_usage("no input: give a file or folder, or pipe text into briefparse (see --help)")
        inputs = [Input(None)]
    else:
        inputs = collect_inputs(paths)
    single = len(inputs) == 1 and (not paths or not paths[0].is_dir())
    fmt = output_format or ("json" if single else "jsonl")
    workers = jobs or os.cpu_count() or 1
    failed = _run(inputs, options, fmt, out, skip_existing, workers, single)
    raise typer.Exit(1 if failed else 0)


def _run(inputs, options, fmt: str, out: Path | None, skip_existing: bool, workers: int, single: bool) -> int:
    """Parse every input, write or print each record; return the number of failures."""
    from briefparse.batch import output_path, parse_many, write_atomically
    from briefparse.export import SUFFIXES, render

    started = time.perf_counter()
    if out is not None and skip_existing:
        inputs = [i for i in inputs if not output_path(out, i, SUFFIXES[fmt]).exists()]
    parsed = failed = 0
    progress = _progress(len(inputs)) if not single and sys.stderr.isatty() else None
    as_array = fmt == "json" and not single and out is None
    first = True
    if as_array:
        sys.stdout.write("[\n")
    for item, data in zip(inputs, parse_many(inputs, options, workers), strict=True):
        if "error" in data:
            failed += 1
            typer.echo(f"briefparse: error: {data['path']}: {data['error']}", err=True)
        else:
            parsed += 1
        if out is not None:
            write_atomically(output_path(out, item, SUFFIXES[fmt]), render(data, fmt))
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
    if progress:
        progress.close()
    if not single:
        seconds = time.perf_counter() - started
        typer.echo(f"briefparse: {parsed} parsed, {failed} failed, {seconds:.2f} s", err=True)
    return failed


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


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("briefparse: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
