"""Finding inputs: files as given, quoted globs expanded, folders walked; each input's bytes within a limit."""

from __future__ import annotations

import errno
import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefparse.errors import BriefparseError

BRIEF_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
GLOB_CHARACTERS = "*?["
NO_MATCH = "no file or folder matches this pattern"


@dataclass(frozen=True)
class Input:
    """One thing to parse: a file, or stdin when path is None."""

    path: Path | None
    root: Path | None = None
    problem: str | None = None

    @property
    def label(self) -> str:
        """The path as printed and recorded; bytes that are not UTF-8 in a file name show as U+FFFD."""
        if self.path is None:
            return "-"
        return str(self.path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    def relative(self) -> Path:
        """Where the input sits under the folder it was found in (for mirrored output)."""
        if self.path is None:
            return Path("stdin")
        if self.root is not None:
            return self.path.relative_to(self.root)
        return Path(self.path.name)


def is_pattern(path: str) -> bool:
    """True for a glob ('briefs/*.txt', '**/*.html') that names no existing file itself."""
    return any(c in path for c in GLOB_CHARACTERS) and not os.path.lexists(path)


def expand_patterns(paths: Iterable[str]) -> Iterator[Path | Input]:
    """Each path as given, or each match of a quoted glob ('**' crosses folders), sorted; a glob that
    matches nothing is an Input with its problem."""
    for path in paths:
        if not is_pattern(path):
            yield Path(path)
            continue
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield Input(Path(path), problem=NO_MATCH)
        yield from (Path(match) for match in matches)


def collect_inputs(paths: Iterable[Path | str]) -> list[Input]:
    """Files as given, globs expanded, folders walked recursively for brief files, in a stable order;
    problems kept.

    Every path yields at least one Input, so that every input ends as a record or an error record.
    """
    inputs: list[Input] = []
    for path in expand_patterns(str(p) for p in paths):
        if isinstance(path, Input):
            inputs.append(path)
        elif str(path) == "-":
            inputs.append(Input(None))
        elif path.is_dir():
            found = sorted(_walk(path), key=lambda i: str(i.path))
            if not found:
                inputs.append(Input(path, problem="no brief files (.txt, .text, .md, .html, .htm) in this folder"))
            inputs.extend(found)
        else:
            problem = _path_problem(path, walked=False)
            inputs.append(Input(path, problem=problem))
    return inputs


def _path_problem(path: Path, *, walked: bool) -> str | None:
    """Why a file cannot be read, or None. Pipes and devices are read only when named on the command line."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return "broken symbolic link"
        if error.errno == errno.ENOENT:
            return "no such file or folder"
        return error.strerror or str(error)
    if stat.S_ISREG(mode) or (not walked and not stat.S_ISDIR(mode)):
        return None
    return "not a regular file (a pipe, socket or device)"


def _walk(root: Path) -> Iterator[Input]:
    """Brief files under root; symbolic links to folders are not followed (no loops); unreadable folders reported."""
    unreadable: list[OSError] = []
    for folder, _dirs, files in os.walk(root, followlinks=False, onerror=unreadable.append):
        for name in files:
            path = Path(folder) / name
            if path.suffix.lower() in BRIEF_SUFFIXES:
                yield Input(path, root, problem=_path_problem(path, walked=True))
    for error in unreadable:
        folder = Path(error.filename) if error.filename else root
        yield Input(folder, root, problem=f"unreadable folder: {error.strerror or error}")


def read_input(item: Input, max_bytes: int) -> bytes:
    """The bytes of an input, refusing what is too large before reading it all."""
    if item.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            with item.path.open("rb") as stream:
                size = os.fstat(stream.fileno()).st_size
                if size > max_bytes:
                    raise BriefparseError(f"file is {size} bytes, over the limit of {max_bytes} (see --max-bytes)")
                data = stream.read(max_bytes + 1)
        except OSError as error:
            raise BriefparseError(error.strerror or str(error)) from None
    return within_limit(data, max_bytes)


def within_limit(data: bytes, max_bytes: int) -> bytes:
    """The data, unless it is over the size limit (read with one byte to spare to tell)."""
    if len(data) > max_bytes:
        raise BriefparseError(f"input is over the limit of {max_bytes} bytes (see --max-bytes)")
    return data
