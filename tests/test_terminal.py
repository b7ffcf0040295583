"""The command in a real terminal (a pseudo-terminal, through pexpect): stdout stays data whatever stderr is.

Each case runs a shell command line as a user types it; stderr (and stdin) are the terminal, stdout goes
where the command line sends it. Every wait has a timeout, so a hung run fails instead of hanging.
"""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from handwritten import ALL_BRIEFS, EN_BRIEF, assert_no_traceback, json_lines, write_tree

TIMEOUT = 120
BIN = Path(sys.executable).parent
ERASE = "\r\x1b[K"


def terminal(command: str, cwd: Path, *, interrupt_after: str | None = None, kill: bool = False) -> tuple[int, str]:
    """Run `command` in bash on a pseudo-terminal (Ctrl-C, or with `kill` SIGTERM, once `interrupt_after`
    shows); its exit status (128 + N when signal N ended it) and everything written to the screen."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "TERM": "xterm", "COLUMNS": "80"}
    screen = io.StringIO()
    child = pexpect.spawn(
        "bash", ["--norc", "-c", command], cwd=str(cwd), env=env, timeout=TIMEOUT, encoding="utf-8", dimensions=(24, 80)
    )
    child.logfile_read = screen
    try:
        if interrupt_after is not None:
            child.expect(interrupt_after)
            if kill:
                child.kill(signal.SIGTERM)
            else:
                child.sendintr()
        child.expect(pexpect.EOF)
        child.wait()  # the terminal closed: the command is ending; its status, not a kill by close()
    finally:
        child.close(force=True)
    status = child.exitstatus if child.exitstatus is not None else 128 + (child.signalstatus or 0)
    return status, screen.getvalue()


def plain(command: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The same command without a terminal: stdout and stderr are pipes."""
    script = str(BIN / "briefparse")
    return subprocess.run([script, *command], cwd=cwd, capture_output=True, timeout=TIMEOUT, check=False)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """briefs/ with 60 briefs, long enough a run to show progress."""
    root = tmp_path_factory.mktemp("terminal")
    files = {f"briefs/{n:03d}-{name}": text for n in range(15) for name, text in ALL_BRIEFS.items()}
    write_tree(root, files)
    return root


def progress_counts(screen: str) -> list[tuple[int, int]]:
    return [(int(done), int(total)) for done, total in re.findall(r"parsing +(\d+)/(\d+)", screen)]


def test_a_folder_to_a_file_writes_every_record_and_the_terminal_shows_only_progress(folder: Path):
    status, screen = terminal("briefparse briefs/ > out.jsonl", folder)
    assert status == 0, screen
    written = (folder / "out.jsonl").read_bytes()
    assert written == plain(["briefs/"], folder).stdout
    assert len(json_lines(written)) == 60
    counts = progress_counts(screen)
    assert counts and counts[-1] == (60, 60) and all(total == 60 for _, total in counts)
    assert '"title"' not in screen  # no record on the screen
    # the progress line is erased before the summary, which is the last thing on the screen
    assert re.search(re.escape(ERASE) + r"briefparse: 60 parsed, 0 failed, [\d.]+ s\r\n$", screen), screen


def test_a_folder_into_a_pipe(folder: Path):
    status, screen = terminal("briefparse briefs/ | wc -l", folder)
    assert status == 0
    assert screen.rstrip().endswith("\n60") or screen.split()[-1] == "60", screen


def test_quiet_hides_progress_and_summary(folder: Path):
    status, screen = terminal("briefparse --quiet briefs/ > quiet.jsonl", folder)
    assert status == 0
    assert screen == ""
    assert len(json_lines((folder / "quiet.jsonl").read_bytes())) == 60


def readme_commands() -> list[str]:
    """The briefparse command lines of the README's "Use" and "Flat tables" examples, comments dropped."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    commands = []
    for section in ("## Use", "## Flat tables"):
        block = readme.split(section, 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
        commands += [line.split("  #")[0].strip() for line in block.splitlines() if "briefparse" in line]
    return commands


def test_the_readme_lists_the_examples_run_here():
    assert "briefparse briefs/ > briefs.jsonl" in readme_commands()
    assert len(readme_commands()) >= 8


@pytest.mark.parametrize("command", readme_commands())
def test_the_readme_examples_give_the_same_bytes_with_a_terminal_as_without(tmp_path: Path, command: str):
    """Each example runs twice on the same files: under a terminal and with stdout, stderr and stdin pipes
    (stdin empty); every file it leaves, stdout included, is the same byte for byte."""
    if "parquet" in command:
        pytest.importorskip("pyarrow")
    files = {"brief.txt": EN_BRIEF, "page.html": ALL_BRIEFS["page.html"]}
    files |= {f"briefs/{n}/{name}": text for n in range(2) for name, text in ALL_BRIEFS.items()}
    runs = {}
    for mode in ("terminal", "pipes"):
        folder = write_tree(tmp_path / mode, files)
        line = command if ">" in command else f"{command} > stdout.out"
        if mode == "terminal":
            status, _screen = terminal(line, folder)
        else:
            env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
            status = subprocess.run(
                line, shell=True, cwd=folder, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT
            ).returncode
        assert status == 0, (mode, command)
        runs[mode] = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    assert runs["terminal"] == runs["pipes"]
    assert len(runs["terminal"]) > len(files)  # something was written


@pytest.mark.parametrize(
    ("jobs", "kill", "status", "last"),
    [("1", False, 130, "interrupted"), ("2", False, 130, "interrupted"), ("2", True, 143, "terminated")],
    ids=["ctrl-c", "ctrl-c-pool", "kill-pool"],
)
def test_ctrl_c_and_kill_erase_the_progress_line(tmp_path: Path, jobs: str, kill: bool, status: int, last: str):
    write_tree(tmp_path, {f"many/{n:04d}.txt": EN_BRIEF for n in range(2000)})
    command = f"exec briefparse many/ -j {jobs} > out.jsonl"  # exec: `kill` reaches briefparse, not the shell
    ended, screen = terminal(command, tmp_path, interrupt_after=r"parsing +\d+/", kill=kill)
    assert ended == status, screen
    assert_no_traceback(screen)
    # the terminal echoes ^C when the key is pressed; the progress line is erased before the last line
    assert re.search(re.escape(ERASE) + rf"(\^C)?briefparse: {last}\r\n$", screen), repr(screen[-200:])
    records = json_lines((tmp_path / "out.jsonl").read_bytes())
    assert 0 < len(records) < 2000
    assert all(r["language"] == "en" for r in records)


def test_parquet_is_not_written_to_a_terminal(folder: Path):
    pytest.importorskip("pyarrow")
    status, screen = terminal("briefparse briefs/ -f parquet", folder)
    assert status == 2
    assert screen.startswith("briefparse: error: Parquet is binary and stdout is a terminal")
    assert screen.count("\n") == 1
    status, _screen = terminal("briefparse briefs/ -f parquet --quiet > briefs.parquet", folder)
    assert status == 0
    assert (folder / "briefs.parquet").read_bytes()[:4] == b"PAR1"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_pipe_closed_early_is_no_error_and_exits_141(tmp_path: Path, jobs: str):
    """`| head -1`: no traceback, no error or summary line, the progress line erased; under
    `set -o pipefail` the status is 141 (as for `yes | head`), not 1 (an input failed)."""
    write_tree(tmp_path, {f"big/{n:04d}.txt": EN_BRIEF for n in range(400)})
    status, screen = terminal(
        f"set -o pipefail; briefparse big/ -j {jobs} | head -1 > first.jsonl; echo status=$?", tmp_path
    )
    assert status == 0
    progress = re.escape(ERASE) + r"briefparse: parsing +\d+/400"
    assert re.fullmatch(rf"(?:{progress})*(?:{re.escape(ERASE)})?status=141\r\n", screen), repr(screen)
    assert len(json_lines((tmp_path / "first.jsonl").read_bytes())) == 1
