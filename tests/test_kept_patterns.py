"""Speed without a change of answer: the regex programs kept between runs, and the shortcuts, answer as the plain
computation they replace."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

from briefparse import kept_patterns, lang
from briefparse.analysis import Analysis
from briefparse.analysis.names import NameMatch
from briefparse.document import load_document
from briefparse.extract.people import _QUOTED_REACH, _quoted_elsewhere
from briefparse.lang.base import _alternation, _trie_of


def _plainly_quoted(text: str, tokens: tuple[str, ...]) -> bool:
    """The rule as first written: one pattern compiled per run, with the quotation marks around it."""
    words = r"\s+".join(re.escape(t) for t in tokens)
    marks = rf"[^«»\"“”„\n]{{0,{_QUOTED_REACH}}}"
    if re.search(rf"[«\"“„]{marks}(?<!\w){words}(?!\w){marks}[»\"”“]", text) is None:
        return False
    last = rf"(?<!\w){re.escape(tokens[-1])}(?!\w)"
    return len(re.findall(last, text)) == len(re.findall(rf"(?<!\w){words}(?!\w)", text))


def test_a_run_in_short_quotes_is_told_as_the_plain_pattern_tells_it():
    texts = [
        "Valdoria\n\nPaul Marin handed over the book “Una Historia Compartida” on Monday.",
        "Valdoria\n\nPaul Marin handed over the book “Una Historia\nCompartida” on Monday.",
        "Valdoria\n\nThe book « Una Historia Compartida » came out. Historia is read.",
        'Valdoria\n\nThe long title "a story told many times of Una Historia Compartida" came out.',
        'Valdoria\n\nThe title "Una Historia Compartida, a story told many times again" came out.',
        "Valdoria\n\n„Una Historia Compartida“ and „Una Una Historia Compartida“ came out.",
        "Valdoria\n\nThe book Una Historia Compartida came out; “a quote” later.",
        "Valdoria\n\nThe book »Una Historia Compartida« came out.",
    ]
    runs = [("Una", "Historia", "Compartida"), ("Historia", "Compartida"), ("Una", "Una"), ("Paul", "Marin")]
    for text in texts:
        analysis = Analysis(load_document(text, language="en"))
        for tokens in runs:
            match = NameMatch(0, 0, tokens)
            assert _quoted_elsewhere(analysis, match) == _plainly_quoted(text, tokens), (text, tokens)


def _use_cache_folder(monkeypatch, folder) -> Path | None:
    """The module's state as at the start of a run whose cache folder is `folder`; the folder of its programs."""
    monkeypatch.setenv("BRIEFPARSE_CACHE_DIR", str(folder))
    monkeypatch.setattr(kept_patterns, "_FOLDER", [kept_patterns._cache_folder()])
    return kept_patterns._FOLDER[0]


_PATTERNS = [
    (r"(?<!\w)(?P<role>ministre|Minister)\s+(?P<name>[A-ZÀ-ÖØ-ÞŁŞ][\w’'-]+)", 0),
    (r"[«\"“„][^«»\"“”„\n]{0,15}(?i:valdoria)", 0),
    (r"(?i:(?:a(?:mbassad(?:eur|or)|u)|en))\b", re.IGNORECASE),
    (r"^\s*(\d{1,2})\.?\s*$", re.MULTILINE),
]
_TEXTS = ["Le ministre Łukasz Nowak a reçu « Valdoria »", "AMBASSADOR of Norland\n 12.\n", "Minister Paul Marin"]


def _same_pattern(kept: re.Pattern[str], plain: re.Pattern[str]) -> bool:
    found = [[(m.span(), m.groups(), m.groupdict()) for m in p.finditer(t)] for p in (kept, plain) for t in _TEXTS]
    half = len(found) // 2
    return (kept.pattern, kept.flags, kept.groupindex) == (plain.pattern, plain.flags, plain.groupindex) and (
        found[:half] == found[half:]
    )


def _never_built(source: object, flags: int = 0) -> None:
    raise AssertionError(f"built again: {source}")


def _all_compiled_as_re_compiles() -> bool:
    return all(_same_pattern(kept_patterns.compile(s, f), re.compile(s, f)) for s, f in _PATTERNS)


def test_a_kept_program_compiles_the_pattern_re_compiles_in_this_run_and_the_next(monkeypatch, tmp_path):
    folder = _use_cache_folder(monkeypatch, tmp_path)
    assert _all_compiled_as_re_compiles()
    kept = sorted(folder.iterdir())
    assert len(kept) == len(_PATTERNS) and all(path.suffix == ".marshal" for path in kept)
    monkeypatch.setattr(kept_patterns, "_build", _never_built)  # the next run reads the programs: it builds none
    assert _all_compiled_as_re_compiles()


def test_a_damaged_cache_or_a_folder_that_cannot_be_written_only_costs_a_compile(monkeypatch, tmp_path):
    folder = _use_cache_folder(monkeypatch, tmp_path)
    assert _all_compiled_as_re_compiles()
    kept = sorted(folder.iterdir())
    kept[0].write_bytes(b"\x00not a marshal file")
    kept[1].write_bytes(marshal.dumps(("another source", 0, b"", 0, {}, ())))
    kept[2].write_bytes(marshal.dumps((*marshal.loads(kept[2].read_bytes())[:2], b"\xff\xff\xff\xff", 0, {}, ())))
    assert _all_compiled_as_re_compiles()
    assert _all_compiled_as_re_compiles()  # written again, whole
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    _use_cache_folder(monkeypatch, blocked / "cache")  # its parent is a file: nothing can be written there
    assert _all_compiled_as_re_compiles()


def test_an_empty_cache_folder_turns_the_cache_off(monkeypatch):
    assert _use_cache_folder(monkeypatch, "") is None
    assert _all_compiled_as_re_compiles()


def test_a_kept_alternation_is_the_trie_built_afresh(monkeypatch, tmp_path):
    words = frozenset({"ministre", "ministres", "minister", "mise en place", "a.m.", "Łódź", "m"})
    folder = _use_cache_folder(monkeypatch, tmp_path)
    built = _alternation.__wrapped__(words)  # the first run builds and keeps it
    assert built == _trie_of(words) and len(list(folder.iterdir())) == 1
    monkeypatch.setattr("briefparse.lang.base._trie_of", _never_built)  # the next run reads it
    assert _alternation.__wrapped__(words) == built


def test_a_new_version_removes_the_programs_older_versions_kept_for_this_python(monkeypatch, tmp_path):
    older = tmp_path / f"patterns-0.0.1-{kept_patterns._BUILD}"
    other_python = tmp_path / "patterns-0.0.1-cpython-399-30900f0-20990101"
    for folder in (older, other_python):
        folder.mkdir()
        (folder / "kept.marshal").write_bytes(b"")
    folder = _use_cache_folder(monkeypatch, tmp_path)
    assert _all_compiled_as_re_compiles()
    assert folder.is_dir() and not older.exists() and other_python.is_dir()


def test_a_value_built_after_its_sources_changed_is_returned_but_not_kept(monkeypatch, tmp_path):
    folder = _use_cache_folder(monkeypatch, tmp_path)
    built = kept_patterns.kept_value("family", b"sources as loaded", lambda: ("old words",), tuple, lambda: False)
    assert built == ("old words",) and not folder.exists()  # the files were edited mid-run: nothing kept
    again = kept_patterns.kept_value("family", b"sources as loaded", lambda: ("new words",), tuple, lambda: True)
    assert again == ("new words",) and len(list(folder.iterdir())) == 1


def test_the_sources_digest_is_read_once_a_run_and_checked_against_the_files(monkeypatch):
    assert lang.sources_unchanged()
    monkeypatch.setattr(lang, "_digest_of_sources", lambda: b"files edited since the run began")
    assert lang.sources_digest() != b"files edited since the run began" and not lang.sources_unchanged()
