"""The register of seats of government and official residences (package data `data/seats.tsv`).

A palace, house or office where a head of state or government receives is often written by its proper name alone
("at Bangabhaban", "au palais de Koulouba", "en el Palacio de Miraflores", "im Kanzleramt", "в Кремле"), and that name
may also be a town's elsewhere ("Miraflores" is a district of Lima, "Carthage" a town of Tunisia). The register says
which names are seats, and of which state: positive knowledge that a name of one is the venue's own name.

    >>> [seat.country for seat in seats("Miraflores")]
    ['VE']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefparse.lang.letters import fold
from briefparse.registers import tsv_rows

__all__ = ["KINDS", "Seat", "named_seats", "read_rows", "seats"]

_DATA = Path(__file__).parent / "data" / "seats.tsv"
#: what a seat is the seat of
KINDS = frozenset({"head_of_state", "head_of_government", "monarch", "ministry", "guest_house", "parliament"})


@dataclass(frozen=True, slots=True)
class Seat:
    """One seat of the register."""

    name: str
    #: ISO 3166-1 alpha-2 code of the state whose seat it is
    country: str
    kind: str


def read_rows() -> list[dict[str, str]]:
    """The register's rows as written in the data file (comment lines left out)."""
    return tsv_rows(_DATA.read_text(encoding="utf-8"))


def _key(name: str) -> str:
    """A name's lookup key: folded, a hyphen as a space, its words joined by single spaces."""
    return " ".join(fold(name).replace("-", " ").split())


@cache
def _index() -> dict[str, tuple[Seat, ...]]:
    """Each folded name form of the register, with the seats it names."""
    index: dict[str, list[Seat]] = {}
    for row in read_rows():
        seat = Seat(row["name"], row["country"], row["kind"])
        for form in (row["name"], *row["forms"].split("|")):
            if form.strip() and seat not in index.setdefault(_key(form), []):
                index[_key(form)].append(seat)
    return {name: tuple(found) for name, found in index.items()}


def seats(name: str) -> tuple[Seat, ...]:
    """The seats a name is the name of ("Miraflores", "Palais de l'Élysée", "Кремле"), in any case and with or
    without accents; none for any other name."""
    return _index().get(_key(name.strip(" .,;:")), ())


@cache
def _forms_pattern() -> re.Pattern[str]:
    """Every name form of the register as written, the longest first, as whole words in any case."""
    forms = sorted({form.strip() for row in read_rows() for form in (row["name"], *row["forms"].split("|"))}, key=len)
    alternation = "|".join(re.escape(form) for form in reversed(forms) if form)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def named_seats(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match[str], tuple[Seat, ...]]]:
    """The seats text[start:end] names by a form the register writes ("a las puertas del Palacio de la Zarzuela",
    "zum Schloss Bellevue"), each with the seats its name is the name of."""
    for match in _forms_pattern().finditer(text, start, len(text) if end is None else end):
        found = seats(match.group(0))
        if found:
            yield match, found
