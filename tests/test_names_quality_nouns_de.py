"""German capitalised runs that hold a noun of an act or a quality ("Herausforderungen", "Freiheiten",
"Partnerschaft"): a thing, no one's name (`Language.common_word_endings`; invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _names(text: str) -> list[str | None]:
    """The participants' names."""
    return [p.name for p in briefparse.parse(text, reference_date=REF).participants]


def test_quoted_adjective_and_plural_noun_is_no_participant() -> None:
    """A quotation opens on "Aktuelle Herausforderungen": an adjective and a plural noun in -ungen, no one."""
    names = _names(
        "Bundeskanzler Karl Moser hat am Freitag den Wiener Bürgermeister Paul Hainz empfangen.\n\n"
        '"Aktuelle Herausforderungen wie den Hochwasserschutz lösen Stadt und Bund zusammen", twitterte der Kanzler '
        "nach dem Besuch."
    )
    assert names == ["Karl Moser", "Paul Hainz"]


def test_sentence_opening_quality_noun_is_no_participant() -> None:
    """"Besondere Herausforderungen brauchen …" opens a sentence: a thing, and the minister stays a participant."""
    names = _names(
        "Besondere Herausforderungen brauchen Partner: Außenminister Karl Moser traf am Montag in Lindau "
        "seinen Amtskollegen Jan Novak."
    )
    assert names == ["Karl Moser", "Jan Novak"]


def test_surname_in_singular_ung_stays_a_name() -> None:
    """"Dirk Hornung": the singular "-ung" ends surnames too, so the name stands."""
    names = _names("Präsidentin Anna Berg traf am Montag in Lindau den Botschafter Dirk Hornung.")
    assert "Dirk Hornung" in names
