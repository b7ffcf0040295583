"""Every mode of the command: one file, stdin, folders, several paths, --out, formats and options."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import jsonschema
import pytest
from handwritten import (
    EN_BRIEF,
    EN_NO_YEAR,
    FR_BRIEF,
    HTML_PAGE,
    assert_no_traceback,
    json_lines,
    run_briefparse,
    spans_of,
    write_tree,
)
from typer.testing import CliRunner

import briefparse
from briefparse.cli import app

REF = "2023-06-10"


def invoke(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """briefs/ with briefs at two levels and files that are not briefs."""
    root = tmp_path / "briefs"
    write_tree(
        root,
        {
            "b-en.txt": EN_BRIEF,
            "a-fr.txt": FR_BRIEF,
            "sub/page.html": HTML_PAGE,
            "sub/deeper/no-year.md": EN_NO_YEAR,
            "notes.docx": b"PK\x03\x04 not a brief",
            "sub/image.png": b"\x89PNG\r\n\x1a\n",
        },
    )
    return root


def test_one_file_prints_one_json_object_equal_to_the_library_record(tmp_path: Path):
    path = write_tree(tmp_path, {"brief.txt": EN_BRIEF}) / "brief.txt"
    result = invoke(str(path), "--reference-date", REF)
    assert result.exit_code == 0, result.stderr
    printed = json.loads(result.stdout)
    expected = briefparse.parse(EN_BRIEF, reference_date=dt.date.fromisoformat(REF)).model_dump(mode="json")
    assert printed == {**expected, "path": str(path)}
    assert result.stdout.startswith("{\n")  # indented, a single object
    assert result.stderr == ""


def test_stdin_by_dash_gives_the_file_result(tmp_path: Path):
    path = write_tree(tmp_path, {"brief.txt": FR_BRIEF}) / "brief.txt"
    from_file = json.loads(invoke(str(path), "-r", REF).stdout)
    dashed = run_briefparse("-", "-r", REF, stdin=path.read_bytes())
    assert dashed.returncode == 0
    assert json.loads(dashed.stdout) == {**from_file, "path": None}
    assert from_file["language"] == "fr"
    assert json.loads(invoke("-r", REF, stdin=path.read_bytes()).stdout) == {**from_file, "path": None}


def test_shell_pipe_from_cat(tmp_path: Path):
    """`cat FILE | briefparse`, through a real shell."""
    import subprocess

    path = write_tree(tmp_path, {"brief.txt": EN_BRIEF}) / "brief.txt"
    script = Path(run_briefparse.__globals__["_console_script"]())
    result = subprocess.run(
        f"cat '{path}' | '{script}' --reference-date {REF}", shell=True, capture_output=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {**json.loads(invoke(str(path), "-r", REF).stdout), "path": None}


def test_folder_prints_json_lines_recursively_in_sorted_order(tree: Path):
    result = invoke(str(tree), "-r", REF, "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    records = json_lines(result.stdout)
    expected = sorted(str(tree / name) for name in ALL_BRIEFS_PATHS)
    assert [r["path"] for r in records] == expected
    assert all("\n" not in line for line in result.stdout.strip().split("\n"))
    assert re.fullmatch(r"briefparse: 4 parsed, 0 failed, [\d.]+ s\n", result.stderr)


ALL_BRIEFS_PATHS = ("a-fr.txt", "b-en.txt", "sub/page.html", "sub/deeper/no-year.md")


def test_folder_order_is_stable_and_independent_of_jobs(tree: Path):
    one = invoke(str(tree), "-r", REF, "--jobs", "1").stdout
    again = invoke(str(tree), "-r", REF, "--jobs", "1").stdout
    pooled = invoke(str(tree), "-r", REF, "--jobs", "3")
    assert pooled.exit_code == 0
    assert one == again == pooled.stdout


def test_several_paths_keep_the_order_given(tree: Path, tmp_path: Path):
    single = write_tree(tmp_path, {"z.txt": EN_NO_YEAR}) / "z.txt"
    result = invoke(str(single), str(tree / "sub"), "-r", REF, "-j", "1")
    assert result.exit_code == 0
    paths = [r["path"] for r in json_lines(result.stdout)]
    assert paths == [str(single), str(tree / "sub/deeper/no-year.md"), str(tree / "sub/page.html")]


def test_out_mirrors_the_tree_and_leaves_no_temporary_file(tree: Path, tmp_path: Path):
    out = tmp_path / "parsed"
    result = invoke(str(tree), "--out", str(out), "--format", "json", "-r", REF, "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted(f"{name}.json" for name in ALL_BRIEFS_PATHS)
    record = json.loads((out / "sub/page.html.json").read_text(encoding="utf-8"))
    assert record["path"] == str(tree / "sub/page.html")
    assert record["language"] == "fr"


def test_out_write_is_atomic_when_the_rename_fails(tree: Path, tmp_path: Path, monkeypatch):
    """A failure between writing and renaming leaves neither the target nor the temporary file."""
    import os

    out = tmp_path / "parsed"
    calls = []

    def failing_replace(source, target):
        calls.append(target)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    result = invoke(str(tree / "a-fr.txt"), "--out", str(out))
    assert calls, "the output goes through os.replace"
    assert result.exit_code == 1
    assert result.stderr == f"briefparse: error: {out / 'a-fr.txt.json'}: cannot write: No space left on device\n"
    assert [p for p in out.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md"])
def test_formats_for_one_file(tmp_path: Path, fmt: str):
    path = write_tree(tmp_path, {"brief.txt": EN_BRIEF}) / "brief.txt"
    result = invoke(str(path), "--format", fmt, "-r", REF)
    assert result.exit_code == 0
    record = briefparse.parse(EN_BRIEF, reference_date=dt.date.fromisoformat(REF))
    if fmt == "json":
        assert json.loads(result.stdout)["title"] == record.title
        assert result.stdout.count("\n") > 10
    elif fmt == "jsonl":
        assert result.stdout.count("\n") == 1
        assert json.loads(result.stdout)["date"] == record.date
    else:
        assert result.stdout.startswith(f"# {record.title}\n")
        assert f"- **Date:** {record.date}" in result.stdout
        assert "## Participants" in result.stdout and "## Summary" in result.stdout
        for point in record.summary_points:
            assert f"- {point}" in result.stdout


def test_json_format_for_a_folder_is_one_array(tree: Path):
    result = invoke(str(tree), "--format", "json", "-j", "1")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 4


def test_markdown_for_a_folder_separates_briefs(tree: Path):
    result = invoke(str(tree), "--format", "md", "-j", "1")
    assert result.exit_code == 0
    assert result.stdout.count("\n---\n") == 3
    assert result.stdout.count("\n# ") + result.stdout.startswith("# ") == 4


def test_reference_date_sets_the_year_of_a_date_without_one(tmp_path: Path):
    path = write_tree(tmp_path, {"brief.txt": EN_NO_YEAR}) / "brief.txt"
    dates = {}
    for reference in ("2022-06-01", "2023-06-01"):
        dates[reference] = json.loads(invoke(str(path), "--reference-date", reference).stdout)["date"]
    # "Monday 14 March": a Monday in 2022; the year is found from the weekday, not blindly copied.
    assert dates["2022-06-01"] == "2022-03-14"
    assert dates["2023-06-01"] == "2022-03-14"
    assert json.loads(invoke(str(path), "-r", "2022-06-01").stdout)["evidence"]["date"]["year_inferred"] is True


def test_reference_date_resolves_relative_words(tmp_path: Path):
    path = write_tree(tmp_path, {"brief.txt": "The minister met the ambassador yesterday in Vilnius.\n"}) / "brief.txt"
    first = json.loads(invoke(str(path), "-l", "en", "-r", "2024-02-10").stdout)
    second = json.loads(invoke(str(path), "-l", "en", "-r", "2024-03-01").stdout)
    assert first["date"] == "2024-02-09"
    assert second["date"] == "2024-02-29"
    assert first["evidence"]["date"]["basis"] == "relative"


def test_relative_words_need_a_reference_date_and_today_is_one_for_a_live_feed(tmp_path: Path):
    path = write_tree(tmp_path, {"brief.txt": "The minister met the ambassador yesterday in Vilnius.\n"}) / "brief.txt"
    assert json.loads(invoke(str(path), "-l", "en").stdout)["date"] is None  # an archive: which yesterday?
    live = json.loads(invoke(str(path), "-l", "en", "-r", "today").stdout)
    assert live["date"] == (dt.date.today() - dt.timedelta(days=1)).isoformat()


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "10/02/2024"])
def test_bad_reference_date_is_a_usage_error(tmp_path: Path, value: str):
    path = write_tree(tmp_path, {"brief.txt": EN_BRIEF}) / "brief.txt"
    result = invoke(str(path), "--reference-date", value)
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_lang_forces_the_language(tmp_path: Path):
    path = write_tree(tmp_path, {"brief.txt": EN_BRIEF}) / "brief.txt"
    assert json.loads(invoke(str(path)).stdout)["language"] == "en"
    assert json.loads(invoke(str(path), "--lang", "fr").stdout)["language"] == "fr"
    assert json.loads(invoke(str(path), "--lang", "auto").stdout)["language"] == "en"


def test_unknown_lang_is_a_usage_error(tmp_path: Path):
    path = write_tree(tmp_path, {"brief.txt": EN_BRIEF}) / "brief.txt"
    result = invoke(str(path), "--lang", "tlh")
    assert result.exit_code == 2
    assert result.stderr.startswith("briefparse: error: unsupported language")
    assert result.stdout == ""


def test_points_limits_the_summary(tmp_path: Path):
    path = write_tree(tmp_path, {"brief.txt": FR_BRIEF}) / "brief.txt"
    assert json.loads(invoke(str(path), "--points", "1").stdout)["summary_points"].__len__() == 1
    assert json.loads(invoke(str(path), "--points", "0").stdout)["summary_points"] == []


def test_with_text_adds_the_text_every_span_slices(tmp_path: Path):
    path = write_tree(tmp_path, {"page.html": HTML_PAGE}) / "page.html"
    without = json.loads(invoke(str(path)).stdout)
    record = json.loads(invoke(str(path), "--with-text").stdout)
    assert "text" not in without
    spans = spans_of(record)
    assert len(spans) >= 3
    for span in spans:
        assert record["text"][span["start"] : span["end"]] == span["text"]


def test_schema_validates_real_output(tree: Path):
    result = invoke("--schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    records = json_lines(invoke(str(tree), "--with-text", "-j", "1").stdout)
    assert len(records) == 4
    for record in records:
        validator.validate(record)
    broken = {**records[0], "event_type": "party"}
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"briefparse {briefparse.__version__}\n"


def test_python_dash_m_runs_the_command(tmp_path: Path):
    path = write_tree(tmp_path, {"brief.txt": EN_BRIEF}) / "brief.txt"
    result = run_briefparse(str(path), "-r", REF, module=True)
    assert result.returncode == 0
    assert json.loads(result.stdout) == json.loads(invoke(str(path), "-r", REF).stdout)


def test_help_lists_the_options():
    result = invoke("--help")
    assert result.exit_code == 0
    for option in ("--format", "--reference-date", "--lang", "--jobs", "--out", "--schema", "--max-bytes"):
        assert option in result.stdout


@pytest.mark.parametrize(
    "args",
    [["--format", "xml", "x.txt"], ["--skip-existing", "x.txt"], ["--points", "-1", "x.txt"], ["--nope"]],
    ids=["bad-format", "skip-without-out", "bad-points", "unknown-option"],
)
def test_usage_errors_exit_2(args):
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert_no_traceback(result.stderr)


def test_no_input_on_a_terminal_is_a_usage_error():
    """Nothing piped in and no path: a usage error instead of waiting for the keyboard."""
    import os
    import pty
    import subprocess

    leader, follower = pty.openpty()
    try:
        script = run_briefparse.__globals__["_console_script"]()
        result = subprocess.run([script], stdin=follower, capture_output=True, timeout=60, check=False)
    finally:
        os.close(leader)
        os.close(follower)
    assert result.returncode == 2
    assert b"no input" in result.stderr
    assert_no_traceback(result.stderr)


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty input: no text to parse"), (b"\x89PNG\r\n\x1a\n" + bytes(64), "binary file, not text")],
    ids=["empty", "png"],
)
def test_bad_stdin_is_one_line_and_exit_1(data: bytes, message: str):
    result = invoke("-", stdin=data)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"briefparse: error: -: {message}\n"


def test_a_missing_file_is_one_line_and_exit_1(tmp_path: Path):
    result = invoke(str(tmp_path / "nowhere.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"briefparse: error: {tmp_path / 'nowhere.txt'}: no such file or folder\n"
