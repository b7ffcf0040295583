"""German capitalised runs that an adjective in -isch or -lich, or a derived noun and "von", open: no name, or not
the name's part (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _names(text: str) -> list[str | None]:
    """The participants' names."""
    return [p.name for p in briefparse.parse(text, reference_date=REF).participants]


def test_sentence_opening_adjective_and_noun_is_no_participant() -> None:
    """"Thematischer Schwerpunkt der Reise …": an adjective and its noun open the sentence, no one is named."""
    names = _names(
        "Präsidentin Anna Berg traf am Montag in Lindau den Botschafter Karl Norberg. Thematischer Schwerpunkt "
        "der Reise seien Umweltprojekte."
    )
    assert names == ["Anna Berg", "Karl Norberg"]


def test_surname_with_the_same_ending_stays_a_name() -> None:
    """"Paul Fischer": an ending of the last word is no adjective before it, so the name stands."""
    names = _names("Präsidentin Anna Berg traf am Montag in Lindau den Botschafter Paul Fischer.")
    assert "Paul Fischer" in names


def test_derived_noun_and_von_before_a_name_are_no_part_of_it() -> None:
    """"auf Einladung von X Y": the noun in -ung and its link "von" open no name; "Karl von Y" keeps its particle."""
    names = _names(
        "Auf Einladung von Anna Berg traf Botschafter Karl von Norberg am Montag in Lindau den Bürgermeister "
        "Paul Hartung."
    )
    assert "Anna Berg" in names
    assert "Karl von Norberg" in names
