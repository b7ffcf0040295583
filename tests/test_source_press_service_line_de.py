"""German source: a press service's dateline on a line of its own, its code in small letters in brackets after the
city ("Vaduz (ots)"), credits that service; a headline closed by a note in small letters in brackets does not
(invented briefs)."""

from __future__ import annotations

import briefparse


def _source(text: str) -> str | None:
    """The name of the brief's source, if any."""
    source = briefparse.parse(text).source
    return source.name if source else None


def test_press_service_code_alone_on_its_line_is_the_source() -> None:
    """"Vaduz (ots)" over the text: the press service's code."""
    text = (
        "Regierungschef empfängt Botschafter\n\n"
        "Vaduz (ots)\n\n"
        "Regierungschef Paul Marin hat am Dienstag den Botschafter Karl Dorn zu einem Antrittsbesuch im "
        "Regierungsgebäude empfangen. Themen waren die bilateralen Beziehungen.\n"
    )
    assert _source(text) == "ots"


def test_headline_with_a_note_in_brackets_is_no_source() -> None:
    """"Ministerpräsident empfängt Botschafter (mit video)": a headline's note, not a press service."""
    text = (
        "Ministerpräsident empfängt Botschafter (mit video)\n\n"
        "Ministerpräsident Paul Marin hat am Dienstag den Botschafter Karl Dorn zu einem Antrittsbesuch in der "
        "Staatskanzlei empfangen. Themen waren die bilateralen Beziehungen.\n"
    )
    assert _source(text) is None


def test_last_member_of_a_list_before_a_particle_is_no_source() -> None:
    """"hob die Bedeutung Lindners und Marins hervor": the names are the object's, the run stops at "und"."""
    text = (
        "Oberbürgermeister empfängt Botschafter\n\n"
        "Oberbürgermeister Paul Marin hat am Dienstag den Botschafter Karl Dorn im Rathaus empfangen. Marin "
        "stellte dem Gast die Stadt vor und hob besonders die Bedeutung Lindners und Webers hervor.\n"
    )
    assert _source(text) is None
