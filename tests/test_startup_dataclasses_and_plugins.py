"""The command's start-up (`briefparse.startup`): the methods of data classes and the expressions of forward
references compiled once per machine and read back the same, and no plugin loader imported from pydantic while its
plugins are off. A program that imports briefparse keeps `dataclasses`, `typing` and pydantic as they are."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import typing
from dataclasses import dataclass, field

import pydantic.plugin._loader
import pytest
from pydantic import TypeAdapter

from briefparse import kept_patterns, startup

BRIEF = (
    "Valdoria, 3 mars 2024 (Agence Norland) – Le ministre des Affaires étrangères de Valdoria, Paul Marin, a reçu "
    "lundi son homologue de Norland, Anne Vellier, pour des entretiens sur la coopération entre les deux pays.\n"
)
METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")


def _meeting() -> type:
    """A frozen data class with defaults and a field left out of comparisons, defined afresh."""

    @dataclass(frozen=True)
    class Meeting:
        host: str
        guests: tuple[str, ...] = ()
        day: int = field(default=1, compare=False)

    return Meeting


def _never_compiled(*_args, **_kwargs):
    raise AssertionError("compiled again")


def test_the_methods_of_a_data_class_are_compiled_once_and_read_back_as_exec_compiles_them(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(kept_patterns, "_FOLDER", [kept_patterns._cache_folder()])
    plain = _meeting()
    first = startup._KeptExec()
    monkeypatch.setattr(dataclasses, "exec", first, raising=False)
    compiled = _meeting()  # the first run compiles the methods and keeps them
    first.save()
    assert isinstance(kept_patterns.read_kept(startup.METHODS_FILE), dict)
    monkeypatch.setattr(dataclasses, "exec", startup._KeptExec())
    monkeypatch.setattr(startup, "compile", _never_compiled, raising=False)  # the builtin, shadowed in the module
    read = _meeting()  # the next run reads them
    for meeting in (compiled, read):
        assert all(getattr(meeting, name).__code__ == getattr(plain, name).__code__ for name in METHODS)
        talks = meeting("Paul Marin", ("Anne Vellier",), 3)
        assert repr(talks).endswith(".Meeting(host='Paul Marin', guests=('Anne Vellier',), day=3)")
        assert talks == meeting("Paul Marin", ("Anne Vellier",), 4) == meeting("Paul Marin", ("Anne Vellier",))
        assert hash(talks) == hash(meeting("Paul Marin", ("Anne Vellier",)))
        with pytest.raises(dataclasses.FrozenInstanceError):
            talks.host = "Anne Vellier"


def test_without_the_cache_folder_every_method_is_compiled_and_nothing_is_kept(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFPARSE_CACHE_DIR", "")
    monkeypatch.setattr(kept_patterns, "_FOLDER", [kept_patterns._cache_folder()])
    kept = startup._KeptExec()
    monkeypatch.setattr(dataclasses, "exec", kept, raising=False)
    assert _meeting()("Paul Marin").guests == ()
    kept.save()
    assert kept_patterns.read_kept(startup.METHODS_FILE) is None and list(tmp_path.iterdir()) == []


#: annotations written as strings, as a module with `from __future__ import annotations` writes them
EXPRESSIONS = ("list[Span] | None", "dict[str, tuple[int, ...]]", "Literal['meeting', 'visit']")


def test_the_expression_of_a_forward_reference_is_compiled_once_and_read_back_as_typing_compiles_it(
    monkeypatch, tmp_path
):
    monkeypatch.setenv("BRIEFPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(kept_patterns, "_FOLDER", [kept_patterns._cache_folder()])
    plain = [typing.ForwardRef(expression).__forward_code__ for expression in EXPRESSIONS]
    first = startup._KeptForwardRefs()
    monkeypatch.setattr(typing, "compile", first, raising=False)
    compiled = [typing.ForwardRef(expression).__forward_code__ for expression in EXPRESSIONS]
    with pytest.raises(SyntaxError):
        typing.ForwardRef("not an expression")  # a wrong one fails as in `typing`, and is not kept
    first.save()
    assert set(kept_patterns.read_kept(startup.FORWARD_REFS_FILE)) == set(EXPRESSIONS)
    monkeypatch.setattr(typing, "compile", startup._KeptForwardRefs())
    monkeypatch.setattr(startup, "compile", _never_compiled, raising=False)  # the builtin, shadowed in the module
    read = [typing.ForwardRef(expression).__forward_code__ for expression in EXPRESSIONS]
    assert compiled == read == plain
    assert typing.ForwardRef(EXPRESSIONS[1])._evaluate({}, None, frozenset()) == dict[str, tuple[int, ...]]


def test_without_the_cache_folder_every_forward_reference_is_compiled_and_nothing_is_kept(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFPARSE_CACHE_DIR", "")
    monkeypatch.setattr(kept_patterns, "_FOLDER", [kept_patterns._cache_folder()])
    kept = startup._KeptForwardRefs()
    monkeypatch.setattr(typing, "compile", kept, raising=False)
    assert typing.ForwardRef(EXPRESSIONS[0]).__forward_arg__ == EXPRESSIONS[0]
    kept.save()
    assert kept_patterns.read_kept(startup.FORWARD_REFS_FILE) is None and list(tmp_path.iterdir()) == []


def test_the_stand_in_for_pydantics_plugin_loader_finds_no_plugin_and_hands_on_the_rest(monkeypatch):
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")
    monkeypatch.delitem(sys.modules, startup.PLUGIN_LOADER)  # put back as it was after the test
    startup.skip_plugin_loader()
    stand_in = sys.modules[startup.PLUGIN_LOADER]
    assert isinstance(stand_in, startup._PluginLoaderStandIn) and tuple(stand_in.get_plugins()) == ()
    assert TypeAdapter(list[int]).validate_python(["3"]) == [3]  # pydantic builds its validators through it
    assert sys.modules[startup.PLUGIN_LOADER] is stand_in and not hasattr(stand_in, "__path__")
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")  # plugins turned on: the real loader looks for them
    assert list(stand_in.get_plugins()) == list(pydantic.plugin._loader.get_plugins())
    assert stand_in.PYDANTIC_ENTRY_POINT_GROUP == "pydantic"
    assert type(sys.modules[startup.PLUGIN_LOADER]) is not startup._PluginLoaderStandIn  # the loader took its place


@pytest.mark.parametrize("value", ["", "logfire"])
def test_no_stand_in_while_a_plugin_may_load(monkeypatch, value):
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", value)
    monkeypatch.delitem(sys.modules, startup.PLUGIN_LOADER)
    startup.skip_plugin_loader()
    assert startup.PLUGIN_LOADER not in sys.modules


_RUN = """
import dataclasses, sys
from briefparse.cli import main
sys.argv = ["briefparse", sys.argv[1], "--quiet"]
try:
    main()
except SystemExit:
    pass
sys.stderr.write(" ".join(sorted(m for m in ("importlib.metadata", "email", "pydantic.plugin._loader")
                                 if type(sys.modules.get(m)).__name__ == "module")))
sys.stderr.write(f"|{type(vars(dataclasses).get('exec')).__name__}")
import typing
sys.stderr.write(f"|{type(vars(typing).get('compile')).__name__}")
"""


def test_a_one_file_run_keeps_the_methods_and_imports_neither_metadata_nor_plugin_loader(tmp_path):
    brief = tmp_path / "brief.txt"
    brief.write_text(BRIEF, encoding="utf-8")
    cached = {**os.environ, "BRIEFPARSE_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", _RUN, str(brief)], env=env, capture_output=True, text=True)
            for env in (cached, cached, {**os.environ, "BRIEFPARSE_CACHE_DIR": ""})]  # fmt: skip
    assert [run.stderr for run in runs] == ["|_KeptExec|_KeptForwardRefs"] * 3
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout and '"name": "Paul Marin"' in runs[0].stdout
    assert len(list((tmp_path / "cache").rglob(startup.METHODS_FILE))) == 1
    assert len(list((tmp_path / "cache").rglob(startup.FORWARD_REFS_FILE))) == 1


def test_a_program_that_imports_briefparse_keeps_dataclasses_and_pydantic_as_they_are():
    program = (
        "import dataclasses, sys, briefparse; briefparse.parse(sys.argv[1]); "
        "import typing; print('exec' in vars(dataclasses), 'compile' in vars(typing), "
        "type(sys.modules['pydantic.plugin._loader']).__name__)"
    )
    run = subprocess.run([sys.executable, "-c", program, BRIEF], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "False", "module"]
