"""German sentences that say someone took part with a verb split around its subject ("nahm X teil") or with "mit
dabei", "teilnehmen", on invented briefs."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _names(text: str) -> list[str | None]:
    """The participants' names."""
    return [p.name for p in briefparse.parse(text, reference_date=REF).participants]


def test_separable_verb_around_its_subject_tells_who_took_part() -> None:
    """"Vom Innenministerium nahm Sektionschef X als Experte teil": X took part in the meeting."""
    names = _names(
        "Ministerin Anna Berg empfing am Mittwoch in Lindau den Botschafter Karl Norberg. Vom Innenministerium "
        "nahm Sektionschef Paul Marin als Experte teil."
    )
    assert "Paul Marin" in names


def test_mit_dabei_tells_who_took_part() -> None:
    """"Mit dabei war auch Bürgermeister X": X was there too."""
    names = _names(
        "Ministerin Anna Berg empfing am Mittwoch in Lindau den Botschafter Karl Norberg. Mit dabei war auch "
        "Bürgermeister Paul Marin."
    )
    assert "Paul Marin" in names


def test_represented_by_around_a_list_takes_part() -> None:
    """"Das Land wurde durch Minister X, … sowie Y vertreten": whoever represents a party in the reported event."""
    names = _names(
        "Ministerin Anna Berg empfing am Mittwoch in Lindau eine Delegation der Stadt Kempten. Die Stadt wurde durch "
        "Bürgermeister Paul Marin, Stadträtin Eva Lind und Staatssekretär Jonas Frei vertreten."
    )
    assert {"Paul Marin", "Eva Lind", "Jonas Frei"} <= set(names)
