"""German names: a surname that ends like an article or a pronoun ("Steiner", "Kleiner", "Schreiner" end in
"einer") is no compound of a common noun, so the titled name it closes is a participant (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _names(text: str) -> list[str | None]:
    """The participants' names."""
    return [p.name for p in briefparse.parse(text, reference_date=REF).participants]


def test_titled_surname_ending_in_an_article_is_a_name() -> None:
    """"Regierungsrätin Lena Steiner empfing …": the host is named, though her surname ends in "einer"."""
    names = _names(
        "Chur - Regierungsrätin Lena Steiner empfing am Dienstag den österreichischen Botschafter Paul Hofer "
        "zu einem Gespräch über die Zusammenarbeit der Grenzregionen."
    )
    assert "Lena Steiner" in names
    assert "Paul Hofer" in names


def test_guest_with_such_a_surname_is_a_name() -> None:
    """"… traf die Ministerin Anna Kleiner": the object of the meeting keeps her name too."""
    names = _names("Berlin - Botschafter Otto Brandt traf am Montag die Ministerin Anna Kleiner in Berlin.")
    assert "Anna Kleiner" in names


def test_compound_of_a_common_noun_is_still_no_name() -> None:
    """A compound ending in a common noun ("Telefongespräch") is still no one's name."""
    names = _names(
        "Berlin - Kanzler Jan Wolff führte am Montag ein Telefongespräch mit Präsidentin Mira Lind über den Handel."
    )
    assert all(n is None or "Telefongespräch" not in n for n in names)
