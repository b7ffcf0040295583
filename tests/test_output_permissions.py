"""Output files get ordinary permissions, not the private 0600 of a temporary file."""

import os
import stat
from pathlib import Path

from typer.testing import CliRunner

from briefparse.cli import app

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _expected_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def test_out_files_are_readable_like_any_new_file(tmp_path):
    result = CliRunner().invoke(app, [str(SAMPLES), "--out", str(tmp_path / "parsed"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    written = sorted((tmp_path / "parsed").rglob("*.json*"))
    assert written
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == _expected_mode()


def test_tables_are_readable_like_any_new_file(tmp_path):
    out = tmp_path / "tables"
    result = CliRunner().invoke(app, [str(SAMPLES), "--format", "csv", "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE((out / "briefs.csv").stat().st_mode) == _expected_mode()
