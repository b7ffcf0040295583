"""The code of a package's modules, kept in the cache folder when Python writes no bytecode
(`startup.keep_module_code`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROGRAM = """
import sys
from briefparse import startup
compiled = []
plain = startup._KeptSourceLoader.source_to_code
def counted(self, data, path):
    compiled.append(path)
    return plain(self, data, path)
startup._KeptSourceLoader.source_to_code = counted
startup.keep_module_code("invented_pkg")
import invented_pkg.greeting
print(invented_pkg.greeting.WORDS, type(invented_pkg.greeting.__loader__).__name__, len(compiled))
"""


def _run(tmp_path: Path, *flags: str) -> str:
    """What a fresh interpreter (with `flags`) prints after importing the invented package's module."""
    env = dict(os.environ, BRIEFPARSE_CACHE_DIR=str(tmp_path / "cache"), PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), *sys.path])
    return subprocess.run(
        [sys.executable, *flags, "-c", PROGRAM], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()


def _package(tmp_path: Path, words: str) -> None:
    package = tmp_path / "invented_pkg"
    package.mkdir(exist_ok=True)
    (package / "__init__.py").write_text("")
    (package / "greeting.py").write_text(f"WORDS = {words!r}\n")


def test_without_bytecode_a_module_is_compiled_once_and_again_when_its_source_changes(tmp_path):
    _package(tmp_path, "Bonjour Anne Vellier")
    assert _run(tmp_path, "-B") == "Bonjour Anne Vellier _KeptSourceLoader 1"
    assert _run(tmp_path, "-B") == "Bonjour Anne Vellier _KeptSourceLoader 0"
    _package(tmp_path, "Guten Tag, Paul Marin")
    assert _run(tmp_path, "-B") == "Guten Tag, Paul Marin _KeptSourceLoader 1"
    assert not (tmp_path / "invented_pkg" / "__pycache__").exists() and not (tmp_path / "pyc").exists()


def test_with_bytecode_the_import_system_is_left_as_it_is(tmp_path):
    _package(tmp_path, "Bonjour Anne Vellier")
    assert _run(tmp_path) == "Bonjour Anne Vellier SourceFileLoader 0"
