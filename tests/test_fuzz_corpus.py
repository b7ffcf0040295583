"""Replay every input tests/fuzz/fuzz_parse.py found breaking a property (tests/fuzz/corpus/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from handwritten import check_brief

CORPUS = Path(__file__).resolve().parent / "fuzz" / "corpus"

# Inputs whose fix belongs to work in progress elsewhere: they stay red-flagged here (strict xfail) until
# that lands, then this entry goes.
KNOWN: dict[str, str] = {}


def _cases():
    for path in sorted(CORPUS.glob("*.bin")):
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[path.name])] if path.name in KNOWN else []
        yield pytest.param(path, id=path.stem, marks=marks)


def test_the_corpus_is_there():
    assert any(CORPUS.glob("*.bin"))
    assert all((CORPUS / name).exists() for name in KNOWN)


@pytest.mark.parametrize("path", list(_cases()))
def test_fuzz_finding(path: Path):
    language = path.name.split("-")[0]
    check_brief(path.read_bytes(), None if language == "auto" else language)
