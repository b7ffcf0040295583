"""The contract between the command and the scripts and people that use it (issue 14): usage errors, a bug in
one input, the schema of what is written, typed tables, escaped Markdown, the inputs users type, the help."""

from __future__ import annotations

import ast
import datetime as dt
import json
import multiprocessing
import re
from importlib.metadata import packages_distributions
from pathlib import Path

import jsonschema
import pytest
from handwritten import EN_BRIEF, FR_BRIEF, HTML_PAGE, assert_no_traceback, json_lines, run_briefparse, write_tree
from typer.testing import CliRunner

import briefparse
import briefparse.pipeline
from briefparse.cli import app
from briefparse.lang import supported_languages

ROOT = Path(__file__).resolve().parent.parent
REF = "2023-06-10"


def invoke(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "briefs", {"a.txt": EN_BRIEF, "b.txt": FR_BRIEF, "c/page.html": HTML_PAGE})


# --out ------------------------------------------------------------------------------------------------------


def test_out_that_is_a_file_is_one_usage_error(folder: Path, tmp_path: Path):
    existing = tmp_path / "parsed.jsonl"
    existing.write_text("keep me\n")
    result = invoke(str(folder), "--out", str(existing))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"briefparse: error: --out {existing}: is a file, not a folder")
    assert existing.read_text() == "keep me\n"


def test_output_names_follow_one_rule_whatever_the_input_count(folder: Path, tmp_path: Path):
    """OUT/<path under the folder given, or file name>.json, for one input as for several."""
    one, several = tmp_path / "one", tmp_path / "several"
    assert invoke(str(folder / "a.txt"), "--out", str(one)).exit_code == 0
    assert invoke(str(folder / "a.txt"), str(folder / "b.txt"), "--out", str(several), "-j", "1").exit_code == 0
    assert sorted(p.name for p in one.iterdir()) == ["a.txt.json"]
    assert sorted(p.name for p in several.iterdir()) == ["a.txt.json", "b.txt.json"]
    assert (one / "a.txt.json").read_text() == (several / "a.txt.json").read_text()


# an internal error in one input ------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_met_on_one_input_is_its_error_record_and_the_run_goes_on(
    folder: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
):
    if jobs != "1" and multiprocessing.get_start_method() != "fork":
        pytest.skip("the injected failure reaches pool workers only when they are forked")
    for n in range(6):  # enough inputs for the process pool
        (folder / f"more-{n}.txt").write_text(EN_BRIEF)
    real = briefparse.pipeline.extract_event_type

    def failing_on_one(analysis):
        if "Lisbonne" in analysis.doc.text:  # the French brief only
            raise RuntimeError("injected\nfailure")
        return real(analysis)

    monkeypatch.setattr(briefparse.pipeline, "extract_event_type", failing_on_one)
    result = invoke(str(folder), "-j", jobs)
    assert result.exit_code == 1
    records = json_lines(result.stdout)
    assert len(records) == 9
    failed = [r for r in records if "error" in r]
    assert failed == [{"path": str(folder / "b.txt"), "error": "internal error: RuntimeError: injected failure"}]
    assert all(r["title"] for r in records if "error" not in r)
    assert f"briefparse: error: {folder / 'b.txt'}: internal error: RuntimeError: injected failure\n" in result.stderr
    assert "Traceback" not in result.stderr
    assert "8 parsed, 1 failed" in result.stderr
    verbose = invoke(str(folder), "-j", "1", "--verbose")
    assert verbose.exit_code == 1
    assert "Traceback (most recent call last)" in verbose.stderr and "injected" in verbose.stderr
    assert json_lines(verbose.stdout) == records


# the schema describes what is written -----------------------------------------------------------------------


def test_the_schema_describes_records_and_error_records(folder: Path, tmp_path: Path):
    schema = json.loads(invoke("--schema").stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    brief = schema["$defs"]["Brief"]["properties"]
    for field in ("date", "published"):
        assert {"type": "string", "format": "date"}.items() <= brief[field]["anyOf"][0].items()
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    (folder / "empty.txt").write_text("")
    records = json_lines(invoke(str(folder), "-j", "1").stdout)
    assert any("error" in r for r in records)
    for record in records:
        validator.validate(record)
    for broken in ({"path": "x.txt"}, {"path": "x.txt", "error": "e", "extra": 1}, {**records[0], "date": "1 May"}):
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(broken)


def test_the_library_record_is_exactly_what_the_command_prints():
    """README: brief.model_dump(mode="json") is what `briefparse -` prints for the same text."""
    printed = json.loads(invoke("-", "-r", REF, stdin=EN_BRIEF).stdout)
    dumped = briefparse.parse(EN_BRIEF, reference_date=dt.date.fromisoformat(REF)).model_dump(mode="json")
    assert dumped == printed
    assert "text" not in dumped


# tables typed for analysts -----------------------------------------------------------------------------------


def test_parquet_columns_have_the_types_the_readme_states(folder: Path, tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    out = tmp_path / "tables"
    assert invoke(str(folder), "-f", "parquet", "--out", str(out), "--participants-table", "-j", "1").exit_code == 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    stated = dict(re.findall(r"^\| `(\w+)` \| (\w+) \|", readme, re.MULTILINE))
    arrow = {"string": pa.string(), "date": pa.date32(), "int64": pa.int64(), "bool": pa.bool_()}
    for name in ("briefs", "participants"):
        table = pq.read_table(out / f"{name}.parquet")
        for field in table.schema:
            assert field.type == arrow[stated[field.name]], field
    briefs = pq.read_table(out / "briefs.parquet").to_pylist()
    dated = next(row for row in briefs if row["path"].endswith("a.txt"))
    assert dated["date"] == dt.date(2022, 3, 2)
    assert isinstance(dated["participant_count"], int) and isinstance(dated["date_year_inferred"], bool)


# Markdown ----------------------------------------------------------------------------------------------------


def test_markdown_shows_markup_in_values_as_text_and_the_site_name(tmp_path: Path):
    markdown_it = pytest.importorskip("markdown_it")
    title = "Talks on *tariffs* # 2 with <b>Norvania</b> [draft] 1. first_round"
    page = (
        "<html lang='en'><head><meta property='og:site_name' content='Ministry *of* Affairs'>"
        f"<title>{title.replace('<', '&lt;').replace('>', '&gt;')}</title></head><body><article>"
        f"<h1>{title.replace('<', '&lt;').replace('>', '&gt;')}</h1><p>"
        + EN_BRIEF.split("\n", 2)[2].replace("\n", "</p><p>")
        + "</p></article></body></html>"
    )
    path = write_tree(tmp_path, {"page.html": page}) / "page.html"
    result = invoke(str(path), "-f", "md")
    assert result.exit_code == 0
    html = markdown_it.MarkdownIt().render(result.stdout)
    assert html.startswith("<h1>Talks on *tariffs* # 2 with &lt;b&gt;Norvania&lt;/b&gt; [draft] 1. first_round</h1>")
    assert "<li><strong>Site name:</strong> Ministry *of* Affairs</li>" in html
    assert "<b>" not in html and "<em>" not in html


# inputs users type -------------------------------------------------------------------------------------------


def test_a_quoted_glob_is_expanded(folder: Path):
    result = invoke(f"{folder}/**/*.html", str(folder / "*.txt"), "-j", "1")
    assert result.exit_code == 0, result.stderr
    paths = [r["path"] for r in json_lines(result.stdout)]
    assert paths == [str(folder / "c/page.html"), str(folder / "a.txt"), str(folder / "b.txt")]
    nothing = invoke(str(folder / "*.pdf"))
    assert nothing.exit_code == 1
    assert nothing.stderr == f"briefparse: error: {folder / '*.pdf'}: no file or folder matches this pattern\n"


@pytest.mark.parametrize("url", ["https://example.com/brief.html", "s3://bucket/briefs/"])
def test_a_url_without_the_dask_engine_says_what_to_do(url: str):
    result = invoke(url)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"briefparse: error: {url}: a URL is read only by the Dask engine")
    assert "add --engine dask --out DIR" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_brief_in_an_unsupported_language_says_so_and_keeps_its_record(tmp_path: Path):
    italian = (
        "Il ministro degli Esteri ha incontrato ieri a Roma il suo omologo. I due ministri hanno discusso della "
        "cooperazione economica e della situazione nella regione, ha detto il ministero in una nota.\n"
    )
    path = write_tree(tmp_path, {"it.txt": italian}) / "it.txt"
    result = invoke(str(path))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["path"] == str(path)
    assert result.stderr.startswith(f"briefparse: warning: {path}: in an unrecognised language")
    assert ", ".join(supported_languages()) in result.stderr
    assert invoke(str(path), "--quiet").stderr == result.stderr  # a warning is not progress
    assert invoke(str(path), "--lang", "fr").stderr == ""


# help that teaches -------------------------------------------------------------------------------------------


def test_help_labels_say_what_is_expected():
    text = invoke("--help").stdout
    assert not re.search(r"<[\w\[\], ]+>", text)  # no <str>, <list[str]>, <int range>
    for option, label in [
        ("--reference-date", "DATE"),
        ("--lang", "CODE"),
        ("--points", "N"),
        ("--jobs", "N"),
        ("--out", "DIR"),
        ("--format", "FORMAT"),
        ("--max-bytes", "N"),
        ("--timeout", "SECONDS"),
    ]:
        assert re.search(rf"{option} {label}\b", text), option
    lang_help = re.search(r"--lang CODE\s+(.*?)\[default", text, re.DOTALL).group(1)
    assert ", ".join(supported_languages()) in " ".join(lang_help.split())
    for code in ("0", "1", "2", "130", "141", "143"):
        assert re.search(rf"^\s+{code}\s+\S", text, re.MULTILINE), code


@pytest.mark.parametrize(
    "args",
    [
        ["--nope"],
        ["--points", "-1", "x.txt"],
        ["--points", "many", "x.txt"],
        ["--reference-date", "yesterday", "x.txt"],
        ["--format", "xml", "x.txt"],
        ["--lang", "xx", "x.txt"],
        ["--scheduler", "tcp://h:1", "x.txt"],
    ],
)
def test_error_lines_share_one_style(args: list[str]):
    result = run_briefparse(*args)
    assert result.returncode == 2
    assert result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefparse: error: "), lines
    assert_no_traceback(result.stderr)


# declared dependencies ---------------------------------------------------------------------------------------


def _imported_packages() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "src" / "briefparse").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def _requirement_names(requirement: str) -> set[str]:
    """The distributions a requirement brings: 'dask[distributed]>=1' brings dask and distributed."""
    name, extras = re.match(r"([\w.-]+)(?:\[([\w,\s-]+)\])?", requirement).groups()
    return {n.strip().lower().replace("_", "-") for n in [name, *(extras or "").split(",")] if n.strip()}


def test_every_imported_package_is_declared_and_every_declared_one_imported():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = set().union(*(_requirement_names(r) for r in project["dependencies"]))
    extras = project["optional-dependencies"]
    optional = set().union(*(_requirement_names(r) for extra in ("dask", "parquet") for r in extras[extra]))
    distributions = packages_distributions()
    third_party = {name for name in _imported_packages() if name != "briefparse" and name in distributions}
    imported = {distributions[name][0].lower().replace("_", "-") for name in third_party}
    assert imported <= required | optional, imported - required - optional
    assert required <= imported, f"declared but never imported: {required - imported}"


# README --------------------------------------------------------------------------------------------------------


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_quick_start_makes_the_virtual_environment_first():
    block = _readme().split("## Quick start", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    lines = [line.split("#")[0].strip() for line in block.splitlines()]
    assert lines[0].startswith("python3 -m venv .venv && . .venv/bin/activate")
    assert any(line.startswith("pip install") for line in lines[1:])


def test_readme_options_table_lists_every_option():
    import typer.main

    table = _readme().split("| option | value | what it does |", 1)[1].split("\n\n", 1)[0]
    documented = set(re.findall(r"`(--?[\w-]+)`", "\n".join(line.split(" | ")[0] for line in table.splitlines())))
    command = typer.main.get_command(app)
    options = {name for param in command.params for name in param.opts if name.startswith("-")}
    assert options <= documented | {"--help", "-h"} and documented <= options | {"--help", "-h"}


def test_readme_exit_codes_are_those_of_the_help():
    table = _readme().split("| status | meaning |", 1)[1].split("\n\n", 1)[0]
    in_readme = re.findall(r"^\| (\d+) \|", table, re.MULTILINE)
    in_help = re.findall(r"^\s+(\d+)\s{2,}\S", invoke("--help").stdout, re.MULTILINE)
    assert in_readme == in_help == ["0", "1", "2", "130", "141", "143"]


def _same_shape(shown, printed) -> bool:
    """The same keys at every level and the same types where both have a value (null and empty lists match
    anything: the parser may fill a field the README shows empty, or the reverse)."""
    if shown is None or printed is None or shown == [] or printed == []:
        return True
    if isinstance(shown, dict) and isinstance(printed, dict):
        return list(shown) == list(printed) and all(_same_shape(shown[k], printed[k]) for k in shown)
    if isinstance(shown, list) and isinstance(printed, list):
        return _same_shape(shown[0], printed[0])
    return type(shown) is type(printed)


def test_readme_example_record_is_a_record_of_its_command():
    """The record shown has the fields, the nesting and the types the command gives for it (the values
    are the parser's, which improves: they are not pinned here)."""
    readme = _readme()
    command = re.search(r"An example record \(`briefparse ([^`]+)`\)", readme).group(1).split()
    shown = json.loads(
        readme.split("<summary>the JSON record</summary>", 1)[1].split("```json\n", 1)[1].split("```")[0]
    )
    printed = json.loads(
        invoke(*[str(ROOT / part) if part.startswith("samples/") else part for part in command]).stdout
    )
    assert list(shown) == list(printed)
    assert _same_shape(shown, printed)
    assert shown["path"] == " ".join(command).split()[0]
    jsonschema.Draft202012Validator(json.loads(invoke("--schema").stdout)).validate(shown)


def test_a_json_run_does_not_build_the_tables(tmp_path: Path):
    """The table columns are read from the model when the tables are asked for, not on every run."""
    import subprocess
    import sys

    path = write_tree(tmp_path, {"brief.txt": EN_BRIEF}) / "brief.txt"
    code = (
        "import sys; from typer.testing import CliRunner; from briefparse.cli import app; "
        f"assert CliRunner().invoke(app, [{str(path)!r}]).exit_code == 0; "
        "print('briefparse.tables' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_writing_a_record_runs_no_python_code_inside_pydantic():
    """Ctrl-C or kill lands in whatever Python code runs; inside a serializer function pydantic turns the
    KeyboardInterrupt into a PydanticSerializationError, and the run ended in a traceback (found by the
    terminal tests under load). The records' models keep serialization in pydantic's core."""
    from briefparse.models import DateEvidence, ErrorRecord, Evidence, Participant, Source, Span

    for model in (briefparse.Brief, ErrorRecord, Participant, Source, Span, DateEvidence, Evidence):
        decorators = model.__pydantic_decorators__
        assert not decorators.model_serializers and not decorators.field_serializers, model
        assert not any(callable(field.exclude) for field in model.model_fields.values()), model
