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
