"""Flat tables (--format csv | parquet, --participants-table), without Dask."""

import csv
import datetime as dt
import gc
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefparse.cli import app
from briefparse.models import Brief, ErrorRecord, Record, load_record
from briefparse.tables import BRIEF_COLUMNS, PARTICIPANT_COLUMNS, POINT_COLUMNS, TableSink, brief_row, participant_rows

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
BRIEF_NAMES = [c.name for c in BRIEF_COLUMNS]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The samples, a sub-folder with a copy of them, and one empty (unparseable) brief."""
    root = tmp_path / "briefs"
    shutil.copytree(SAMPLES, root)
    shutil.copytree(SAMPLES, root / "more")
    (root / "more" / "empty.txt").write_text("  \n")
    return root


def invoke(*args: str):
    return CliRunner().invoke(app, [*args, "--jobs", "1"])


def records(root: Path) -> list[Record]:
    """The records the command prints for a folder, read back as Briefs and error records."""
    result = invoke(str(root), "--format", "jsonl")
    return [load_record(json.loads(line)) for line in result.stdout.splitlines()]


def test_brief_row_flattens_a_record(folder: Path):
    brief = next(r for r in records(folder) if isinstance(r, Brief) and r.participants and r.date)
    row = brief_row(brief)
    assert list(row) == BRIEF_NAMES
    assert row["path"] == brief.path and row["error"] is None
    assert row["participants"] == "; ".join(p.name for p in brief.participants)
    assert row["participant_count"] == len(brief.participants)
    assert row["date_basis"] == brief.evidence.date.basis
    assert row["date"] == dt.date.fromisoformat(brief.date)
    points = [row[f"point_{n}"] for n in range(1, POINT_COLUMNS + 1)]
    assert [p for p in points if p] == brief.summary_points[:POINT_COLUMNS]


def test_error_record_gives_a_row_with_path_and_error_only():
    error = ErrorRecord(path="x.txt", error="empty input")
    assert brief_row(error) == {name: None for name in BRIEF_NAMES} | {"path": "x.txt", "error": "empty input"}
    assert participant_rows(error) == []


def test_participant_rows_one_per_participant_in_order(folder: Path):
    brief = next(r for r in records(folder) if isinstance(r, Brief) and len(r.participants) > 1)
    rows = participant_rows(brief)
    assert [list(r) for r in rows] == [[c.name for c in PARTICIPANT_COLUMNS]] * len(rows)
    assert [r["name"] for r in rows] == [p.name for p in brief.participants]
    assert [r["position"] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0]["mentions"] == len(brief.participants[0].mentions)


def test_a_new_plain_field_of_the_brief_is_a_column_of_its_own():
    """The columns come from the model: a field added to the Brief is in the table without a change there."""
    from pydantic import Field, create_model

    import briefparse.tables as tables

    extended = create_model("Extended", __base__=Brief, tone=(str | None, Field(None, description="The tone.")))
    original = tables.Brief
    try:
        tables.Brief = extended
        columns = tables._brief_columns()
    finally:
        tables.Brief = original
    assert [c.name for c in columns] == [*BRIEF_NAMES, "tone"]
    assert columns[-1].type == "string" and columns[-1].description == "The tone."


def test_csv_on_stdout_has_one_row_per_input_errors_included(folder: Path):
    result = invoke(str(folder), "--format", "csv")
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = records(folder)
    assert list(rows[0]) == BRIEF_NAMES
    assert [r["path"] for r in rows] == [e.path for e in expected]
    assert [r["error"] for r in rows] == [getattr(e, "error", "") for e in expected]
    assert [r["title"] for r in rows] == [getattr(e, "title", None) or "" for e in expected]
    assert {r["date_year_inferred"] for r in rows} <= {"true", "false", ""}
    assert "briefparse: 6 parsed, 1 failed" in result.stderr


def test_csv_tables_in_a_folder_with_participants(folder: Path, tmp_path: Path):
    out = tmp_path / "tables"
    result = invoke(str(folder), "--format", "csv", "--out", str(out), "--participants-table")
    assert result.exit_code == 1 and result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["briefs.csv", "participants.csv"]
    briefs = list(csv.DictReader((out / "briefs.csv").open(encoding="utf-8")))
    people = list(csv.DictReader((out / "participants.csv").open(encoding="utf-8")))
    assert len(briefs) == 7
    assert len(people) == sum(int(b["participant_count"] or 0) for b in briefs) > 0
    assert {p["path"] for p in people} <= {b["path"] for b in briefs}


def test_parquet_tables_match_the_rows(folder: Path, tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "tables"
    invoke(str(folder), "--format", "parquet", "--out", str(out), "--participants-table")
    expected = records(folder)
    assert pq.read_table(out / "briefs.parquet").to_pylist() == [brief_row(r) for r in expected]
    assert pq.read_table(out / "participants.parquet").to_pylist() == [
        row for r in expected for row in participant_rows(r)
    ]
    on_stdout = invoke(str(folder), "--format", "parquet")
    assert pq.read_table(io.BytesIO(on_stdout.stdout_bytes)).num_rows == len(expected)


def test_unfinished_tables_leave_no_file_behind(tmp_path: Path):
    sink = TableSink(tmp_path, "csv", participants=True)
    sink.add(ErrorRecord(path="x.txt", error="empty input"))
    assert len(list(tmp_path.iterdir())) == 2
    del sink
    gc.collect()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--participants-table"], "--participants-table needs --format csv or parquet"),
        (["--format", "csv", "--participants-table"], "--participants-table needs --out"),
        (["--format", "tsv"], "--format must be one of"),
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
        (["--engine", "spark"], "--engine must be local or dask"),
    ],
)
def test_usage_errors(folder: Path, args: list[str], message: str):
    result = invoke(str(folder), *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"briefparse: error: {message}") and result.stderr.count("\n") == 1


def test_parquet_without_pyarrow_is_a_one_line_error(folder: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = invoke(str(folder), "--format", "parquet")
    assert result.exit_code == 2
    assert result.stderr == "briefparse: error: --format parquet needs pyarrow: pip install 'briefparse[parquet]'\n"


def test_help_imports_no_heavy_package():
    code = (
        "import sys; from typer.testing import CliRunner; from briefparse.cli import app; "
        "assert CliRunner().invoke(app, ['--help']).exit_code == 0; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'fsspec', 'pyarrow'}))"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_readme_documents_every_column():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for column in (*BRIEF_COLUMNS, *PARTICIPANT_COLUMNS):
        assert f"| `{column.name}` | {column.type} | {column.description} |" in readme
