"""Regular expressions compiled once per machine, not once per run: the regex engine's programs kept in files.

A one-file run uses a hundred patterns, some of them word alternations of thousands of characters, and compiling
them in Python (`re` parses the source and builds the engine's program) is the most of its time. `compile` writes
each program it builds to a file of its own in the user's cache folder, in a folder per version of briefparse and
per Python build, named after a digest of the pattern's source and flags; a later run reads the program back and
hands it to the engine without parsing the source. A pattern that changed has another name: it is compiled afresh.
A run reads only the programs of the patterns it uses (a folder of every language's patterns is megabytes).

The cache can only make a run faster: another Python whose `re` works otherwise, a folder that cannot be written, a
damaged file or a program the engine refuses all fall back to `re.compile`. `BRIEFPARSE_CACHE_DIR` names the folder
(default `$XDG_CACHE_HOME/briefparse`, else `~/.cache/briefparse`); set to an empty value, it turns the cache off.
"""

from __future__ import annotations

import _sre
import hashlib
import marshal
import os
import re
import shutil
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from briefparse import __version__

try:  # the pieces of `re.compile` (Python 3.11 and newer name them so)
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - Python 3.10: no kept programs, plain `re.compile`
    _compiler = _parser = None  # type: ignore[assignment]

#: a pattern's program: its source, its flags as compiled, the engine's code (the bytes of an array of unsigned
#: ints), the number of groups, the groups' names both ways
Program = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]
#: a value `kept_value` keeps
Kept = TypeVar("Kept")


#: the Python build whose engine reads the programs
_BUILD = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"


def _cache_folder() -> Path | None:
    """The folder of this briefparse version and Python build, or None when the cache is turned off."""
    folder = os.environ.get("BRIEFPARSE_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "briefparse")
    if not folder or _parser is None:
        return None
    return Path(folder) / f"patterns-{__version__}-{_BUILD}"


#: where this run keeps programs (read once, when the module is loaded)
_FOLDER = [_cache_folder()]


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the program a previous run kept when there is one."""
    flags = int(flags)
    folder = _FOLDER[0]
    if folder is None:
        return re.compile(source, flags)
    name = hashlib.sha256(f"{flags}:{source}".encode(errors="surrogatepass")).hexdigest()[:32] + ".marshal"
    path = os.path.join(folder, name)  # a string: a run reads a few hundred files, and pathlib's paths cost more
    program = _read(path)
    if program is not None and program[0] == source:
        try:
            return _engine(program)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # a damaged file: compiled afresh and written again
    try:
        program = _build(source, flags)
        pattern = _engine(program)
    except (RuntimeError, TypeError, ValueError, OverflowError, AttributeError):
        return re.compile(source, flags)  # another `re` than the one the cache knows; re.error raised there
    _write(path, program)
    return pattern


def kept_text(kind: str, key: bytes, build: Callable[[], str]) -> str:
    """`build()`, a text that depends only on `key` (a pattern's source built from a word list), kept like the
    programs: a one-file run builds a few hundred word alternations, in Python, before it compiles them."""
    return kept_value(kind, key, build, str)


def kept_value(
    kind: str, key: bytes, build: Callable[[], Kept], shape: type[Kept], still_true: Callable[[], bool] | None = None
) -> Kept:
    """`build()`, a value of type `shape` made of what `marshal` writes (strings, numbers, tuples, dictionaries…)
    that depends only on `key`, kept like the programs: data a run derives from the languages' lists. When
    `still_true` says the key no longer describes what was built (source files edited while the run went on), the
    value is returned but not kept: a later run would read it under a key that names other code."""
    folder = _FOLDER[0]
    if folder is None:
        return build()
    path = os.path.join(folder, f"{kind}-{hashlib.sha256(key).hexdigest()[:32]}.marshal")
    value = _load(path)
    if isinstance(value, shape):
        return value
    value = build()
    if still_true is None or still_true():
        _write(path, value)
    return value


def cache_is_on() -> bool:
    """Whether this run keeps what it builds in the cache folder."""
    return _FOLDER[0] is not None


def read_kept(name: str) -> object:
    """What `write_kept` kept in the file of that name; None when there is none, it is damaged or the cache is off."""
    folder = _FOLDER[0]
    return None if folder is None else _load(os.path.join(folder, name))


def write_kept(name: str, value: object) -> None:
    """Keep a value made of what `marshal` writes in a file of that name, read back by `read_kept` in later runs."""
    folder = _FOLDER[0]
    if folder is not None:
        _write(os.path.join(folder, name), value)


def _load(path: str) -> object:
    """The value marshalled in the file; None when it is missing, unreadable or damaged."""
    try:
        with open(path, "rb", buffering=0) as stream:  # read whole: no buffer between the file and `marshal`
            return marshal.loads(stream.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _engine(program: Program) -> re.Pattern[str]:
    """The compiled pattern, from its program as `_build` gives it."""
    source, final_flags, code, groups, groupindex, indexgroup = program
    words = array("I")
    words.frombytes(code)
    return _sre.compile(source, final_flags, words.tolist(), groups, groupindex, indexgroup)


def _build(source: str, flags: int) -> Program:
    """What `re._compiler.compile` hands the engine for a pattern (it raises `re.error` for a wrong pattern)."""
    parsed = _parser.parse(source, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return source, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _read(path: str) -> Program | None:
    """The program kept in the file; None when it is missing, unreadable or damaged."""
    program = _load(path)
    return program if isinstance(program, tuple) and len(program) == 6 else None


def _write(file: str, kept: object) -> None:
    """Keep a program or a value, written whole: a run reading it meanwhile finds the file or none, never a part."""
    import tempfile  # only a run that compiles something writes; a warm run need not import it (and `random`)

    path = Path(file)
    try:
        if not path.parent.is_dir():
            _forget_other_versions(path.parent)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                marshal.dump(kept, stream)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        pass  # a folder that cannot be written: the next run compiles again


def _forget_other_versions(folder: Path) -> None:
    """Remove the folders that other versions of briefparse kept for this Python build: after an upgrade, no run
    reads them again (the folders of another Python, which a run of it may still use, stay)."""
    for other in folder.parent.glob(f"patterns-*-{_BUILD}"):
        if other != folder:
            shutil.rmtree(other, ignore_errors=True)
