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

from briefparse import kept_patterns
from briefparse.lang.letters import fold
from briefparse.registers import tsv_rows

try:  # what `re` takes for the same letter in any case (Python 3.11 and newer name it so)
    from _sre import unicode_tolower as _tolower
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - no pre-check: the pattern is always run
    _tolower = None  # type: ignore[assignment]
    _EXTRA_CASES = {}

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
def _forms() -> tuple[str, ...]:
    """Every name form of the register as written, the shortest first (in code-point order among those as long: the
    pattern's source is the same in every run, and `kept_patterns` finds it kept)."""
    forms = {form.strip() for row in read_rows() for form in (row["name"], *row["forms"].split("|"))}
    return tuple(sorted(forms, key=lambda form: (len(form), form)))


@cache
def _forms_pattern() -> re.Pattern[str]:
    """Every name form of the register as written, the longest first, as whole words in any case (kept between runs:
    `kept_patterns`)."""
    alternation = "|".join(re.escape(form) for form in reversed(_forms()) if form)
    return kept_patterns.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


class _Caseless(dict[int, str]):
    """A `str.translate` table: each letter as the one of its case class under `re.IGNORECASE` (the code point `re`
    lowers it to, or the least of those `re` also takes for it: "ſ" as "s"), one character for one."""

    def __missing__(self, code: int) -> str:
        lower = _tolower(code)
        self[code] = letter = chr(min((lower, *_EXTRA_CASES.get(lower, ()))))
        return letter


_CASELESS = _Caseless()


@cache
def _caseless_forms() -> tuple[str, ...]:
    """The register's name forms, each letter as `_Caseless` writes it."""
    return tuple(dict.fromkeys(form.translate(_CASELESS) for form in _forms() if form))


def _may_name_seat(window: str) -> bool:
    """Whether a form of the register can match in the window: one is written in it, in any case (a test far cheaper
    than compiling the forms' pattern, which a brief naming no seat then never compiles)."""
    if _tolower is None:
        return True
    caseless = window.translate(_CASELESS)
    return any(form in caseless for form in _caseless_forms())


def named_seats(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match[str], tuple[Seat, ...]]]:
    """The seats text[start:end] names by a form the register writes ("a las puertas del Palacio de la Zarzuela",
    "zum Schloss Bellevue"), each with the seats its name is the name of."""
    end = len(text) if end is None else end
    if not _may_name_seat(text[start:end]):
        return
    for match in _forms_pattern().finditer(text, start, end):
        found = seats(match.group(0))
        if found:
            yield match, found
