"""What keeps a one-file run quick: the command's start-up without the cycle collector, language data built fast
and kept between runs. Each gives what the plain computation gives."""

from __future__ import annotations

import gc
import signal
import sys

import pytest

from briefparse import batch, cli
from briefparse.lang.base import variants

BRIEF = (
    "Valdoria, 3 mars 2024 (Agence Norland) – Le ministre des Affaires étrangères de Valdoria, Paul Marin, a reçu "
    "lundi son homologue de Norland, Anne Vellier, pour des entretiens sur la coopération entre les deux pays.\n"
)


def test_the_command_starts_without_the_cycle_collector_and_turns_it_on_with_the_first_record(tmp_path, monkeypatch):
    brief = tmp_path / "brief.txt"
    brief.write_text(BRIEF, encoding="utf-8")
    states: list[tuple[bool, bool]] = []
    end_start_up = cli._end_start_up

    def watched() -> None:
        before = gc.isenabled()
        end_start_up()
        states.append((before, gc.isenabled()))

    monkeypatch.setattr(cli, "_end_start_up", watched)
    monkeypatch.setattr(sys, "argv", ["briefparse", str(brief), "--quiet"])
    try:
        with pytest.raises(SystemExit) as stopped:
            cli.main()
    finally:
        gc.unfreeze()
        gc.enable()
    assert stopped.value.code == 0
    assert states == [(False, True)]  # off through start-up, on from the first record


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
