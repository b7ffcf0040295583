"""What keeps a one-file run quick: the command's start-up without the cycle collector, language data built fast
and kept between runs. Each gives what the plain computation gives."""

from __future__ import annotations

import gc
import marshal
import os
import re
import signal
import subprocess
import sys
import unicodedata
from dataclasses import fields
from functools import cached_property

import pytest

from briefparse import agencies, batch, cli, kept_patterns, lang
from briefparse.errors import BriefparseError
from briefparse.lang import base
from briefparse.lang import compiled as compiled_module
from briefparse.lang.base import variants
from briefparse.lang.compiled import _unaccented
from briefparse.lang.letters import fold
from briefparse.lazy_regex import LazyPattern, made_of

BRIEF = (
    "Valdoria, 3 mars 2024 (Agence Norland) – Le ministre des Affaires étrangères de Valdoria, Paul Marin, a reçu "
    "lundi son homologue de Norland, Anne Vellier, pour des entretiens sur la coopération entre les deux pays.\n"
)


def _command_on_a_brief(tmp_path, monkeypatch) -> int:
    """The exit status of `briefparse BRIEF --quiet`, run by the console script's entry point in this process."""
    brief = tmp_path / "brief.txt"
    brief.write_text(BRIEF, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["briefparse", str(brief), "--quiet"])
    try:
        with pytest.raises(SystemExit) as stopped:
            cli.main()
    finally:
        gc.unfreeze()
        gc.enable()
    return stopped.value.code


def test_the_command_starts_without_the_cycle_collector_and_turns_it_on_with_the_first_record(tmp_path, monkeypatch):
    states: list[tuple[bool, bool]] = []
    end_start_up = cli._end_start_up

    def watched() -> None:
        before = gc.isenabled()
        end_start_up()
        states.append((before, gc.isenabled()))

    monkeypatch.setattr(cli, "_end_start_up", watched)
    assert _command_on_a_brief(tmp_path, monkeypatch) == 0
    assert states == [(False, True)]  # off through start-up, on from the first record


@pytest.mark.parametrize(("set_before", "seen"), [(None, "__all__"), ("", ""), ("logfire", "logfire")])
def test_the_command_tells_pydantic_to_look_for_no_plugins_unless_told_otherwise(
    tmp_path, monkeypatch, set_before, seen
):
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", set_before or "")  # restored after the test, whatever main sets
    if set_before is None:
        monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS")
    assert _command_on_a_brief(tmp_path, monkeypatch) == 0
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == seen


def test_a_worker_process_collects_cycles_though_it_was_forked_during_start_up():
    handler = signal.getsignal(signal.SIGINT)
    gc.disable()
    try:
        batch._start_worker()
        assert gc.isenabled()
    finally:
        gc.enable()
        signal.signal(signal.SIGINT, handler)


def test_templates_with_and_without_choices_spell_their_phrases_with_single_spaces():
    assert variants("a reçu{|e} en  audience", "le  ministre ", "{will |}meet") == (
        "a reçu en audience",
        "a reçue en audience",
        "le ministre",
        "will meet",
        "meet",
    )


def _never_built() -> None:
    raise AssertionError("built again")


def test_what_detection_reads_is_kept_and_read_back_as_built(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(kept_patterns, "_FOLDER", [kept_patterns._cache_folder()])
    built = lang._detection_data()
    assert built[0] == tuple(lang._registry()) and built[1] == tuple(lang._word_lists())
    assert lang._detection.__wrapped__() == built  # the first run builds and keeps it
    assert len(list(kept_patterns._FOLDER[0].glob("language-detection-*"))) == 1
    monkeypatch.setattr(lang, "_detection_data", _never_built)
    assert lang._detection.__wrapped__() == built  # the next run reads it


def test_a_language_is_imported_when_first_asked_for_and_is_the_registered_one():
    for code, language in lang._registry().items():
        assert lang.get_language(code) is language and lang._module_language(code) is language
    with pytest.raises(BriefparseError, match="unsupported language 'xx'"):
        lang.get_language("xx")
    assert lang.get_language("unknown") is None
    assert lang.supported_languages() == sorted(lang._registry())


def test_a_brief_imports_its_own_language_and_english_once_detection_is_kept(tmp_path):
    brief = tmp_path / "brief.txt"
    brief.write_text(BRIEF, encoding="utf-8")
    program = (
        "import sys, briefparse; briefparse.parse(open(sys.argv[1], encoding='utf-8').read()); "
        "print(' '.join(sorted(m[-2:] for m in sys.modules if m.startswith('briefparse.lang.') and len(m) == 18)))"
    )
    env = {**os.environ, "BRIEFPARSE_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", program, str(brief)], env=env, capture_output=True, text=True)
            for _ in range(2)]  # fmt: skip
    assert [run.stdout.split() for run in runs] == [["de", "en", "es", "fr", "ru"], ["en", "fr"]]


def test_spelled_variants_are_kept_and_read_back(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(kept_patterns, "_FOLDER", [kept_patterns._cache_folder()])
    templates = ("{a|ont} reçu{|e} Paul Marin", "le ministre de Valdoria")
    spelled = variants(*templates)
    assert spelled == base._spelled(templates) and len(list(tmp_path.rglob("variants-*"))) == 1
    monkeypatch.setattr(base, "_spelled", _never_built)
    assert variants(*templates) == spelled


def test_the_agency_register_is_kept_and_read_back_as_indexed(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(kept_patterns, "_FOLDER", [kept_patterns._cache_folder()])
    built = agencies._index(agencies._DATA.read_bytes())
    first = agencies.register.__wrapped__()  # the first run indexes the rows and keeps the index
    monkeypatch.setattr(agencies, "_index", _never_built)
    second = agencies.register.__wrapped__()  # the next run reads it
    for register in (first, second):
        assert tuple(agencies.Agency(*row) for row in built[0]) == register.agencies
        assert {k: tuple(register.agencies.index(a) for a in v) for k, v in register.by_key.items()} == built[1]
        assert (register.ambiguous, register.titled, register.prefixes) == built[2:5]
        assert register.opening.search("selon la dpa et Xinhua")


def test_a_kept_value_of_another_shape_or_a_damaged_file_is_built_again(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(kept_patterns, "_FOLDER", [kept_patterns._cache_folder()])
    assert kept_patterns.kept_value("table", b"key", lambda: {"a": (1, 2.5)}, dict) == {"a": (1, 2.5)}
    (path,) = kept_patterns._FOLDER[0].glob("table-*")
    assert kept_patterns.kept_value("table", b"key", _never_built, dict) == {"a": (1, 2.5)}
    path.write_bytes(b"\x00damaged")
    assert kept_patterns.kept_value("table", b"key", lambda: {"b": ()}, dict) == {"b": ()}
    assert kept_patterns.kept_value("text", b"key", lambda: "built", str) == "built"
    path.write_bytes(marshal.dumps("a text, not a table"))
    assert kept_patterns.kept_value("table", b"key", lambda: {"c": ()}, dict) == {"c": ()}


def test_a_phrase_without_accents_folds_each_latin_letter_and_keeps_other_scripts():
    phrases = ("a reçu l’Émir", "Łukasz ŞAHİN à Straße", "ﬁn de visite à Ærø", "встреча в Москве с Éric", "")
    for phrase in phrases:
        plain = "".join(fold(c) if c.isascii() or "LATIN" in unicodedata.name(c, "") else c for c in phrase)
        assert _unaccented(phrase) == plain
    assert _unaccented("a reçu l’Émir") == "a recu l’emir"  # the curly apostrophe is no letter: kept
    assert _unaccented("встреча в Москве") == "встреча в Москве"


def test_a_folded_word_drops_exactly_the_combining_marks_of_its_decomposition():
    for word in ("Éléonore", "Łukasz", "ŞAHİN", "Straße", "ﬁnale", "Ærø", "Ёлкин", "Йошкар", "l’Émir", "ǅemal", ""):
        decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
        assert fold(word) == "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    assert fold("Éléonore") == "eleonore" and fold("Йошкар") == "иошкар" and fold("Straße") == "strasse"


def _same_values(kept, built) -> bool:
    """Two families hold the same values: each pattern made of the same source, flags and narrowing."""
    if isinstance(built, LazyPattern):
        return isinstance(kept, LazyPattern) and kept.arguments() == built.arguments()
    if isinstance(built, tuple):
        return type(kept) is tuple and len(kept) == len(built) and all(map(_same_values, kept, built))
    if isinstance(built, dict):
        same_keys = type(kept) is dict and list(kept) == list(built)
        return same_keys and all(map(_same_values, kept.values(), built.values()))
    return type(kept) is type(built) and kept == built


@pytest.mark.parametrize("code", ["de", "en", "es", "fr", "ru"])
def test_every_family_of_patterns_is_kept_and_read_back_as_built(monkeypatch, tmp_path, code):
    monkeypatch.setenv("BRIEFPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(kept_patterns, "_FOLDER", [kept_patterns._cache_folder()])
    language = lang.get_language(code)
    families = [name for name, value in vars(compiled_module.Compiled).items() if isinstance(value, cached_property)]
    assert len(families) == 7
    for name in families:
        build = getattr(compiled_module, f"_{name}")
        shape = type(build(language))
        first = compiled_module._kept_family(language, shape, build)  # the first run builds and keeps it
        second = compiled_module._kept_family(language, shape, _never_built)  # the next run reads it
        for family in (first, second):
            built = build(language)
            assert type(family) is shape
            assert all(_same_values(getattr(family, f.name), getattr(built, f.name)) for f in fields(shape)), name
    assert len(list(kept_patterns._FOLDER[0].glob(f"family-*-{code}-*"))) == 7


def test_a_pattern_made_of_its_arguments_is_the_same_pattern():
    pattern = LazyPattern(r"(?<!\w)Marin\s+(\w+)$", re.I | re.M, words_at_end=3, needs=("marin",), memo=True)
    again = made_of(pattern.arguments())
    assert again.arguments() == pattern.arguments() == (
        r"(?<!\w)Marin\s+(\w+)$", int(re.I | re.M), 3, None, 0, ("marin",), True
    )
    text = "Paul marin VALDORIA"
    assert again.search(text).span() == pattern.search(text).span() == (5, 19)
    assert marshal.loads(marshal.dumps(pattern.arguments())) == pattern.arguments()
