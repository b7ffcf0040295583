"""Folder runs: one record or one error record per input, odd files reported, --out safe and resumable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from handwritten import EN_BRIEF, FR_BRIEF, HTML_PAGE, assert_no_traceback, json_lines, run_briefparse, write_tree
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefparse.batch import Options, parse_input, parse_many
from briefparse.cli import app
from briefparse.inputs import Input, collect_inputs
from briefparse.models import ErrorRecord
from briefparse.outputs import output_path, output_paths


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """A folder with good briefs, bad files and every odd kind of entry."""
    root = write_tree(
        tmp_path / "messy",
        {
            "good-en.txt": EN_BRIEF,
            "good-fr.text": FR_BRIEF,
            "nested/deeper/page.htm": HTML_PAGE,
            "nested/empty.md": b"",
            "binary.txt": b"%PDF-1.4\n" + bytes(range(256)),
            "UPPER.TXT": EN_BRIEF,
            "ignored.pdf": b"%PDF-1.4",
            "ignored.json": "{}",
        },
    )
    (root / "broken.txt").symlink_to(root / "does-not-exist.txt")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "nested" / "up").symlink_to(root, target_is_directory=True)  # a folder loop: never followed
    (root / "link-to-good.txt").symlink_to(root / "good-en.txt")
    os.mkfifo(root / "pipe.txt")  # reading it would block forever
    return root


EXPECTED = {
    "UPPER.TXT": None,
    "binary.txt": "binary file, not text",
    "broken.txt": "broken symbolic link",
    "good-en.txt": None,
    "good-fr.text": None,
    "link-to-good.txt": None,
    "loop.txt": "symbolic link loop",
    "nested/deeper/page.htm": None,
    "nested/empty.md": "empty input: no text to parse",
    "pipe.txt": "not a regular file (a pipe, socket or device)",
}


def test_every_input_is_one_record_or_one_error_record(messy: Path):
    result = invoke(str(messy), "--jobs", "1")
    assert result.exit_code == 1
    assert_no_traceback(result.stderr)
    records = json_lines(result.stdout)
    assert [r["path"] for r in records] == [str(messy / name) for name in sorted(EXPECTED)]
    for name, error in EXPECTED.items():
        record = next(r for r in records if r["path"] == str(messy / name))
        if error is None:
            assert "error" not in record and record["language"] in ("en", "fr"), name
        else:
            assert record == {"path": str(messy / name), "error": error}
    failed = sum(1 for e in EXPECTED.values() if e)
    assert result.stderr.splitlines()[-1].startswith(f"briefparse: {len(EXPECTED) - failed} parsed, {failed} failed")


def test_the_process_pool_gives_the_same_records(messy: Path):
    serial = invoke(str(messy), "--jobs", "1").stdout
    pooled = invoke(str(messy), "--jobs", "3").stdout
    assert pooled == serial


def test_a_missing_path_among_good_ones(messy: Path, tmp_path: Path):
    result = invoke(str(messy / "good-en.txt"), str(tmp_path / "nowhere.txt"), str(messy / "good-fr.text"))
    assert result.exit_code == 1
    records = json_lines(result.stdout)
    assert [("error" in r) for r in records] == [False, True, False]
    assert records[1] == {"path": str(tmp_path / "nowhere.txt"), "error": "no such file or folder"}


def test_a_folder_without_briefs(tmp_path: Path):
    root = write_tree(tmp_path / "nothing", {"a.pdf": b"%PDF", "b/c.docx": b"PK"})
    result = invoke(str(root))
    assert result.exit_code == 1
    assert json_lines(result.stdout) == [
        {"path": str(root), "error": "no brief files (.txt, .text, .md, .html, .htm) in this folder"}
    ]
    assert f"briefparse: error: {root}: no brief files" in result.stderr


def test_an_unreadable_folder_is_reported(messy: Path, monkeypatch):
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("deeper"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    inputs = collect_inputs([messy])
    problems = {str(i.path.relative_to(messy)): i.problem for i in inputs if i.problem}
    assert problems["nested/deeper"] == "unreadable folder: Permission denied"
    assert "nested/deeper/page.htm" not in {str(i.path.relative_to(messy)) for i in inputs}


def test_an_unreadable_file_is_reported(messy: Path, monkeypatch):
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self.name == "good-fr.text":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    record = parse_input(Input(messy / "good-fr.text"), Options())
    assert record == ErrorRecord(path=str(messy / "good-fr.text"), error="Permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_on_disk(messy: Path):
    (messy / "good-fr.text").chmod(0)
    record = parse_input(Input(messy / "good-fr.text"), Options())
    assert record.error == "Permission denied"


def test_a_large_file_is_refused_without_being_read(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50_000_000)  # 50 MB, sparse
    tracemalloc.start()
    try:
        record = parse_input(Input(path), Options())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert record.model_dump() == {
        "path": str(path),
        "error": "file is 50000000 bytes, over the limit of 5000000 (see --max-bytes)",
    }
    assert peak < 1_000_000


def test_max_bytes_applies_to_stdin_too(tmp_path: Path):
    result = CliRunner().invoke(app, ["--max-bytes", "100"], input=EN_BRIEF.encode())
    assert result.exit_code == 1
    assert result.stderr == "briefparse: error: -: input is over the limit of 100 bytes (see --max-bytes)\n"
    bigger = invoke(str(write_tree(tmp_path, {"b.txt": EN_BRIEF}) / "b.txt"), "--max-bytes", "100000")
    assert bigger.exit_code == 0


def test_a_pipe_named_on_the_command_line_is_read(tmp_path: Path):
    import threading

    fifo = tmp_path / "brief.txt"
    os.mkfifo(fifo)

    def feed():
        with fifo.open("wb") as stream:
            stream.write(EN_BRIEF.encode())

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    result = invoke(str(fifo))
    writer.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "en"


# --out ------------------------------------------------------------------------------------------


def test_out_names_clash_and_get_a_number(tmp_path: Path):
    a = write_tree(tmp_path / "a", {"x.txt": EN_BRIEF}) / "x.txt"
    b = write_tree(tmp_path / "b", {"x.txt": FR_BRIEF}) / "x.txt"
    out = tmp_path / "out"
    result = invoke(str(a), str(b), "--out", str(out))
    assert result.exit_code == 0
    assert json.loads((out / "x.txt.json").read_text())["path"] == str(a)
    assert json.loads((out / "x.txt~2.json").read_text())["path"] == str(b)


def test_out_cannot_escape_through_a_symlinked_folder(tmp_path: Path):
    root = write_tree(tmp_path / "in", {"sub/x.txt": EN_BRIEF})
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").symlink_to(outside, target_is_directory=True)
    result = invoke(str(root), "--out", str(out))
    assert result.exit_code == 0
    assert list(outside.iterdir()) == []
    assert json.loads((out / "x.txt.json").read_text())["path"] == str(root / "sub/x.txt")


@given(
    parts=st.lists(
        st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=40),
        min_size=1,
        max_size=5,
    )
)
@settings(max_examples=60, deadline=None)
def test_output_paths_stay_inside_out(tmp_path_factory, parts):
    out = tmp_path_factory.getbasetemp() / "out-property"
    root = Path("/srv/briefs")
    item = Input(root.joinpath(*parts), root=root)
    target = output_path(out, item, ".json")
    resolved = target.resolve()
    assert out.resolve() in resolved.parents
    assert target.name.endswith(".json")
    assert all(len(part.encode("utf-8", "surrogateescape")) <= 255 for part in target.relative_to(out).parts)


def test_output_paths_of_hostile_names(tmp_path: Path):
    out = tmp_path / "out"
    names = [Path("/etc/passwd"), Path("../../x.txt"), Path("a/../../../b.txt"), Path("."), Path("n" * 400 + ".txt")]
    targets = output_paths(out, [Input(p) for p in names] + [Input(None)], ".json")
    assert len(set(targets)) == len(targets)
    for target in targets:
        assert out.resolve() in target.resolve().parents
        assert len(target.name.encode()) <= 200
    assert targets[0] == out / "passwd.json"
    assert targets[-1] == out / "stdin.json"


def test_long_and_undecodable_file_names_are_written(tmp_path: Path):
    root = tmp_path / "in"
    root.mkdir()
    (root / ("n" * 250 + ".txt")).write_text(EN_BRIEF)
    (Path(os.fsdecode(bytes(root) + b"/caf\xe9.txt"))).write_text(FR_BRIEF)
    out = tmp_path / "out"
    result = invoke(str(root), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    written = [p for p in out.iterdir()]
    assert len(written) == 2
    paths = {json.loads(p.read_text())["path"] for p in written}
    assert str(root / "caf\ufffd.txt") in paths


def test_skip_existing_parses_only_what_is_missing(tmp_path: Path):
    root = write_tree(tmp_path / "in", {"a.txt": EN_BRIEF, "b.txt": FR_BRIEF, "c/d.html": HTML_PAGE})
    out = tmp_path / "out"
    assert invoke(str(root), "--out", str(out), "-j", "1").exit_code == 0
    (out / "b.txt.json").unlink()
    (out / "a.txt.json").write_text("kept\n")
    result = invoke(str(root), "--out", str(out), "--skip-existing", "-j", "1")
    assert result.exit_code == 0
    assert result.stderr.startswith("briefparse: 1 parsed, 0 failed")
    assert (out / "a.txt.json").read_text() == "kept\n"
    assert json.loads((out / "b.txt.json").read_text())["path"] == str(root / "b.txt")


def test_an_interrupt_while_writing_leaves_no_half_written_file(tmp_path: Path, monkeypatch):
    import briefparse.outputs

    root = write_tree(tmp_path / "in", {f"{n}.txt": EN_BRIEF for n in range(5)})
    out = tmp_path / "out"
    opened = []
    real_fdopen = os.fdopen

    class Interrupted:
        """The third output file: half of it reaches the disk, then Ctrl-C."""

        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, text):
            self.stream.write(text[: len(text) // 2])
            self.stream.flush()
            raise KeyboardInterrupt

    def fdopen(*args, **kwargs):
        stream = real_fdopen(*args, **kwargs)
        opened.append(stream)
        return Interrupted(stream) if len(opened) == 3 else stream

    monkeypatch.setattr(briefparse.outputs.os, "fdopen", fdopen)
    result = invoke(str(root), "--out", str(out), "-j", "1")
    monkeypatch.undo()
    assert len(opened) == 3
    assert result.exit_code != 0
    assert sorted(p.name for p in out.iterdir()) == ["0.txt.json", "1.txt.json"]
    for path in out.iterdir():
        assert json.loads(path.read_text())["language"] == "en"
    resumed = invoke(str(root), "--out", str(out), "--skip-existing", "-j", "1")
    assert resumed.exit_code == 0
    assert resumed.stderr.startswith("briefparse: 3 parsed")
    assert len(list(out.iterdir())) == 5


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_a_signal_mid_run_leaves_only_whole_files(tmp_path: Path, sig):
    count = 80
    briefs = {f"{n:03}.txt": EN_BRIEF.replace("Vilnius", f"Vilnius {n}") for n in range(count)}
    root = write_tree(tmp_path / "in", briefs)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "briefparse", str(root), "--out", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.exists() and any(out.iterdir())):
        time.sleep(0.02)
    process.send_signal(sig)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == (130 if sig == signal.SIGINT else 143), "the run should still have been going"
    assert_no_traceback(err)
    assert err.decode().endswith(
        "briefparse: interrupted (the files written are whole: run again with --skip-existing to finish)\n"
        if sig == signal.SIGINT
        else "briefparse: terminated\n"
    )
    written = list(out.iterdir())
    assert 0 < len(written) < count
    assert [p for p in written if p.name.startswith(".")] == []
    for path in written:
        assert json.loads(path.read_text())["path"].startswith(str(root))
    resumed = run_briefparse(str(root), "--out", str(out), "--skip-existing", "--jobs", "2")
    assert resumed.returncode == 0
    assert len(list(out.iterdir())) == count


def test_parse_many_keeps_order_and_count_with_a_pool(messy: Path):
    inputs = collect_inputs([messy, messy / "good-en.txt"])
    records = list(parse_many(inputs, Options(), jobs=2))
    assert len(records) == len(inputs)
    assert [r.path for r in records] == [i.label for i in inputs]


def test_timeout_turns_a_slow_input_into_an_error_record(tmp_path: Path, monkeypatch):
    import briefparse.pipeline

    def slow(*args, **kwargs):
        time.sleep(5)

    monkeypatch.setattr(briefparse.pipeline, "build_brief", slow)
    path = write_tree(tmp_path, {"a.txt": EN_BRIEF}) / "a.txt"
    record = parse_input(Input(path), Options(timeout=0.2))
    assert record == ErrorRecord(path=str(path), error="took longer than 0.2 s (see --timeout)")
