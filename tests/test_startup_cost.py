"""What a one-file run spares itself at start-up: work whose result is the same in every run."""

from __future__ import annotations

import subprocess
import sys


def _run(program: str) -> str:
    """What a fresh interpreter prints after running `program`."""
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout.strip()


def test_defining_the_record_models_does_not_tokenize_a_builtins_signature():
    program = "import tokenize, briefparse.models; print(tokenize._compile.cache_info().currsize)"
    assert _run(program) == "0"


def test_a_list_field_left_out_is_a_new_empty_list_each_time():
    program = (
        "from briefparse.models import Brief, Participant\n"
        "a, b = Brief(language='fr'), Brief(language='fr')\n"
        "a.participants.append(Participant(name='Paul Marin'))\n"
        "print(len(a.participants), b.participants, b.summary_points, b.evidence.summary_points, "
        "Participant(name='Anne Vellier').mentions)"
    )
    assert _run(program) == "1 [] [] [] []"


def test_the_text_paths_own_patterns_are_compiled_on_first_use_not_on_import():
    program = (
        "import re, sys\n"
        "callers = set()\n"
        "plain = re.compile\n"
        "def compile(*args, **kwargs):\n"
        "    callers.add(sys._getframe(1).f_globals.get('__name__'))\n"
        "    return plain(*args, **kwargs)\n"
        "re.compile = compile\n"
        "import briefparse.pipeline, briefparse.export\n"
        "print(' '.join(sorted(name for name in callers if name and name.startswith('briefparse'))))"
    )
    modules = set(_run(program).split())
    lazy = {"briefparse.extract.dates", "briefparse.extract.location", "briefparse.analysis", "briefparse.agencies"}
    assert lazy & modules == set() and "briefparse.export" not in modules


def test_help_imports_neither_pydantic_nor_the_cache_of_compiled_code():
    program = (
        "import sys\n"
        "from briefparse.cli import main\n"
        "sys.argv = ['briefparse', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('|', 'pydantic' in sys.modules, 'briefparse.kept_patterns' in sys.modules)"
    )
    assert _run(program).rsplit("|", 1)[1].split() == ["False", "False"]


def test_defining_the_language_pattern_records_does_not_tokenize_a_builtins_signature():
    program = "import tokenize, briefparse.lang.compiled; print(tokenize._compile.cache_info().currsize)"
    assert _run(program) == "0"


def test_a_second_run_compiles_none_of_the_long_patterns_built_from_a_languages_lists_afresh(tmp_path):
    program = (
        "import os, sys\n"
        f"os.environ['BRIEFPARSE_CACHE_DIR'] = {str(tmp_path)!r}\n"
        "from re import _compiler\n"
        "long = []\n"
        "plain = _compiler.compile\n"
        "def compile(pattern, flags=0):\n"
        "    frame = sys._getframe(1)\n"
        "    while frame.f_globals.get('__name__', '').startswith('re'):\n"
        "        frame = frame.f_back\n"
        "    if frame.f_globals.get('__name__', '').startswith('briefparse') and len(str(pattern)) > 200:\n"
        "        long.append(frame.f_globals['__name__'])\n"
        "    return plain(pattern, flags)\n"
        "_compiler.compile = compile\n"
        "import briefparse\n"
        "briefparse.parse('PARIS, 12 mars 2024 - La ministre Anne Vellier a reçu son homologue Paul Marin. "
        "Sa Majesté le roi a salué la coopération de la République du Cameroun.')\n"
        "briefparse.parse('Minister Paul Marin held a phone call with his counterpart Anne Vellier on Monday.')\n"
        "print(sorted(set(long)))"
    )
    _run(program)
    assert _run(program) == "[]"
