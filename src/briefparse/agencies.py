"""The register of news agencies and official press services (package data `data/agencies.tsv`).

`find_agencies` finds the register's names in a text, word by word; `find_credits` finds where a dispatch
credits its agency: the dateline ("MOSCOW, Dec 1 (Reuters) -", "/ТАСС/.", "ASTANA. KAZINFORM -"), a
signature line of staff initials ("AIO/KPM/ANP", "/PSCU"), a closing dash ("… — BelTA"), the agency's
name alone on a line, or a copyright line. The register is read once, on first use.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import NamedTuple

KINDS = ("agency", "press_service", "broadcaster", "newspaper")
CREDIT_SHAPES = ("dateline", "signature", "byline", "closing", "alone", "copyright")

# a word: letters and digits, dots inside ("News.Az", "SAnews.gov.za"); separators between words are read apart
_WORD = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")
# what may stand between two words of a name: a space or two, or one joining mark ("France-Presse", "People's")
_GAP = re.compile(r"[^\S\n]{1,2}|[^\S\n]?[-‐'’‘/][^\S\n]?")
_MAX_WORDS = 8


@dataclass(frozen=True)
class Agency:
    """One row of the register."""

    name: str
    forms: tuple[str, ...]
    ambiguous_forms: tuple[str, ...]
    country: str | None
    kind: str
    languages: tuple[str, ...]


class AgencyMatch(NamedTuple):
    """A name of the register in a text: `text[start:end]` as written, `canonical` the register's name for it
    (the written form itself when several agencies share it, as "APS" or "ANP"; see `agencies_named`)."""

    start: int
    end: int
    canonical: str


class Credit(NamedTuple):
    """Where a dispatch credits its agency, `text[start:end]` the agency as written. `shape` is one of
    CREDIT_SHAPES; `known` says the written form is in the register (else `canonical` is the form itself)."""

    start: int
    end: int
    canonical: str
    shape: str
    known: bool


@dataclass(frozen=True)
class _Register:
    agencies: tuple[Agency, ...]
    #: a name's words joined by single spaces -> the agencies that go by it
    by_key: dict[str, tuple[Agency, ...]]
    #: the keys that are a common word or another's name in one of their agencies
    ambiguous: frozenset[str]
    #: every leading run of words of a key, so a search stops as soon as no name can go on
    prefixes: frozenset[str]


def _split(cell: str, separator: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(separator) if part.strip())


def read_rows() -> list[dict[str, str]]:
    """The register's rows as written in the data file (comment lines left out)."""
    text = files("briefparse").joinpath("data", "agencies.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def key(form: str) -> str:
    """A name's lookup key: its words joined by single spaces ("Agence France-Presse" -> "Agence France Presse")."""
    return " ".join(_WORD.findall(form))


@cache
def register() -> _Register:
    """The register, read and indexed once."""
    agencies = tuple(
        Agency(
            name=row["name"].strip(),
            forms=_split(row["forms"], "|"),
            ambiguous_forms=_split(row["ambiguous_forms"], "|"),
            country=row["country"].strip() or None,
            kind=row["kind"].strip(),
            languages=_split(row["languages"], ","),
        )
        for row in read_rows()
    )
    by_key: dict[str, list[Agency]] = {}
    ambiguous: set[str] = set()
    for agency in agencies:
        for form in (agency.name, *agency.forms, *agency.ambiguous_forms):
            written = key(form)
            shouted = written.upper()  # a name set in capitals, as datelines and signatures do ("KAZINFORM")
            for variant in dict.fromkeys((written, shouted)):
                if agency not in by_key.setdefault(variant, []):
                    by_key[variant].append(agency)
                if form in agency.ambiguous_forms:
                    ambiguous.add(variant)
    prefixes = {" ".join(k.split()[:n]) for k in by_key for n in range(1, len(k.split()) + 1)}
    return _Register(
        agencies=agencies,
        by_key={k: tuple(v) for k, v in by_key.items()},
        ambiguous=frozenset(ambiguous),
        prefixes=frozenset(prefixes),
    )


def agencies_named(form: str) -> tuple[Agency, ...]:
    """The agencies that go by this form ("ANP" -> the Dutch and the Nigerien agency); () when none."""
    return register().by_key.get(key(form), ())


def is_ambiguous(form: str) -> bool:
    """The form is also a common word or another's name ("Trend", "MAP", "Petra"): trust it in a credit only."""
    return key(form) in register().ambiguous


def _canonical(form: str) -> str:
    named = agencies_named(form)
    return named[0].name if len(named) == 1 else form


def _names(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Every longest run of words in text[start:end] that is a name of the register, as (start, end, key)."""
    reg = register()
    words = list(_WORD.finditer(text, start, len(text) if end is None else end))
    i = 0
    while i < len(words):
        found: tuple[int, str] | None = None
        current = ""
        for j in range(i, min(i + _MAX_WORDS, len(words))):
            if j > i and not _GAP.fullmatch(text, words[j - 1].end(), words[j].start()):
                break
            current = f"{current} {words[j].group()}" if current else words[j].group()
            if current not in reg.prefixes:
                break
            if current in reg.by_key:
                found = (j, current)
        if found is None:
            i += 1
            continue
        last, name = found
        yield words[i].start(), words[last].end(), name
        i = last + 1


def find_agencies(text: str, *, ambiguous: bool = False) -> list[AgencyMatch]:
    """The register's names in the text, whole words, in order. A form matches as written, or in capitals;
    forms that are also common words ("Trend", "MAP") only when `ambiguous` is true."""
    reg = register()
    return [
        AgencyMatch(start, end, _canonical(text[start:end]))
        for start, end, name in _names(text)
        if ambiguous or name not in reg.ambiguous
    ]


_DASH = r"\-–—―‒"  # inside a character class
_CAPS = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ0-9.&-]{1,11}")
# a date or a time somewhere on a line: a year, "19.04", "08h30", "21:16"
_DATE_ISH = re.compile(r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}[./:h]\d{2})(?!\d)")
# the dateline's agency in brackets: "MOSCOW, Dec 1 (Reuters) -", "(Xinhua) --", "(EFE).-", "Lima, dic. 1 (ANDINA).",
# "Berlin (AFP) Der Minister"
_BRACKETED = re.compile(
    rf"^(?P<prefix>[^\n()]{{0,80}}?)\((?P<agency>[^()\n]{{2,40}}?)\)[^\S\n]*(?P<dash>--|\.-|[{_DASH}:])?", re.M
)
# what stands before a bracketed agency that no dash follows: nothing, a date ("Lima, dic. 1"), or a place
# ("PARIS", "Buenos Aires,"); not a sentence ("He told the Associated Press (AP).")
_DATELINE_PREFIX = re.compile(
    r"[^\S\n]*|[^\n]*\d[^\n]*|[^\S\n]*[A-ZÀ-ÞА-ЯЁ][\w'’-]*(?:[ -][A-ZÀ-ÞА-ЯЁ][\w'’-]*){0,3},?[^\S\n]*"
)
# the dateline's agency between slashes: "МОСКВА, 1 декабря. /ТАСС/.", "/CNW Telbec/ -"
_SLASHED = re.compile(rf"^[^\n/]{{0,80}}?/(?P<agency>[^/\n]{{2,40}}?)/[^\S\n]*(?:[.:{_DASH}]|$)", re.M)
# a dateline's last item before a dash, a colon or the line's end: "ASTANA. KAZINFORM -", "Baku, 1 December, AZERTAC",
# "Москва. 23 июня. ИНТЕРФАКС -"
_DATELINE_TAIL = re.compile(
    rf"^[^\S\n]*[A-ZÀ-ÞА-ЯЁ][^\n.,]{{1,40}}(?:[.,][^\S\n]*[^\n.,{_DASH}]{{1,30}}){{0,3}}[.,][^\S\n]*"
    rf"(?P<agency>[^\n.,{_DASH}:]{{2,40}}?)[^\S\n]*(?:[{_DASH}:]|$)",
    re.M,
)
# the agency first on a line, then a date: "Xinhua, April 20, 2015", "Kazinform | 20.09.2021"
_AGENCY_THEN_DATE = re.compile(r"^[^\S\n]*(?P<agency>[^\n,|]{2,60}?)[^\S\n]*[,|](?=[^\n]{0,40}\d)", re.M)
# a date line closed by the agency: "Publié le 24 décembre 2017 | Xinhua", "19.04.2017 08h30 | Agence de presse Xinhua"
_DATE_THEN_AGENCY = re.compile(r"^(?P<line>[^\n]*)\|[^\S\n]*(?P<agency>[^\n|]{2,60}?)[^\S\n]*$", re.M)
# a signature of staff initials, the agency after the last slash: "AIO/KPM/ANP", "LR/MAP", "/PSCU"
_SIGNATURE = re.compile(
    r"^[^\S\n]*(?:(?:[A-Za-zÀ-ÿ]{1,6}[^\S\n]*/[^\S\n]*){1,4}|/)(?P<agency>[A-Za-zÀ-ÿ][\w.-]{1,15})[^\S\n]*$", re.M
)
# a credit line led by the agency: "AA / Istanbul / Staff Writer", "ANDINA/Staff Photographer"
_AGENCY_SLASH = re.compile(
    r"^[^\S\n]*(?P<agency>[^\n/]{2,30}?)[^\S\n]*/[^\S\n]*[^\n/]{2,40}(?:/[^\n/]{2,40}){0,2}$", re.M
)
# a byline closed by the agency and a colon: "By Staff Writer – Trend:"
_BYLINE = re.compile(
    rf"^[^\S\n]*[A-ZÀ-ÞА-ЯЁ][^\n]{{1,60}}?[^\S\n][{_DASH}]{{1,2}}[^\S\n]*(?P<agency>[^\n:]{{2,40}}?):$", re.M
)
# a sentence, then a dash and the agency, closing a paragraph: "… in the region. — BelTA", "― Bernama"
_CLOSING = re.compile(
    rf"(?:^|[.!?»”\")])[^\S\n]*[{_DASH}]{{1,2}}[^\S\n]*(?P<agency>[^\n{_DASH}]{{2,40}}?)[^\S\n]*$", re.M
)
# a line's last words after a dash: "Minsk, 1 December – BelTA" (a name that is also a word is not trusted here)
_TRAILING = re.compile(rf"[^\S\n][{_DASH}]{{1,2}}[^\S\n]*(?P<agency>[^\n{_DASH}]{{2,40}}?)[^\S\n]*$", re.M)
# a bracketed agency closing a paragraph: "… on Monday. (AFP)"
_CLOSING_BRACKET = re.compile(r"[.!?»”\"][^\S\n]*\((?P<agency>[^()\n]{2,40})\)[^\S\n]*$", re.M)
# a line that is only names of the register: "Xinhua", "ATS Agence télégraphique suisse"
_ALONE = re.compile(r"^[^\S\n]*(?P<agency>[^\n]{2,80}?)[^\S\n]*$", re.M)
_COPYRIGHT = re.compile(
    r"(?:(?:©|\(c\)|copyright)[^\S\n]*)+(?:(?:19|20)\d\d(?:[^\S\n]*[-–][^\S\n]*(?:19|20)\d\d)?[,.]?[^\S\n]*)?"
    r"(?P<agency>[^\n,.|]{2,40}?)[^\S\n]*(?:[,.|]|$)",
    re.M | re.I,
)


class _Slot(NamedTuple):
    """What a credit shape's agency slot may hold."""

    #: an acronym in capitals that the register does not know is taken too ("/PSCU", "(APS) -")
    unknown_caps: bool = False
    #: a form that is also a word ("Trend", "Report") is taken as written, not only in capitals ("TREND")
    ambiguous: bool = True
    #: where the register's name stands in the slot: "exact" (all of it), "first" ("(AFP/Reuters) -"),
    #: "last" ("Agence de presse Xinhua"), "only" (the slot is nothing but names of the register)
    place: str = "exact"


_SHAPES: tuple[tuple[re.Pattern[str], str, _Slot], ...] = (
    (_BRACKETED, "dateline", _Slot(unknown_caps=True, place="first")),
    (_SLASHED, "dateline", _Slot(unknown_caps=True, place="first")),
    (_DATELINE_TAIL, "dateline", _Slot()),
    (_AGENCY_THEN_DATE, "dateline", _Slot(place="last")),
    (_DATE_THEN_AGENCY, "dateline", _Slot(place="last")),
    (_SIGNATURE, "signature", _Slot(unknown_caps=True)),
    (_AGENCY_SLASH, "signature", _Slot()),
    (_BYLINE, "byline", _Slot()),
    (_CLOSING, "closing", _Slot(place="first")),
    (_TRAILING, "closing", _Slot(ambiguous=False)),
    (_CLOSING_BRACKET, "closing", _Slot(unknown_caps=True, place="only")),
    (_ALONE, "alone", _Slot(ambiguous=False, place="only")),
    (_COPYRIGHT, "copyright", _Slot(place="first")),
)


def _in_slot(text: str, start: int, end: int, place: str) -> AgencyMatch | None:
    """The register's name in text[start:end] where `place` says it must stand."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    names = [AgencyMatch(s, e, _canonical(text[s:e])) for s, e, _ in _names(text, start, end)]
    if not names:
        return None
    if place == "first":
        return names[0]
    if place == "last":
        return names[-1] if names[-1].end == end else None
    if place == "only":
        covered = " ".join(text[n.start : n.end] for n in names)
        return names[0] if len(_WORD.findall(covered)) == len(_WORD.findall(text[start:end])) else None
    return names[0] if (names[0].start, names[0].end) == (start, end) else None


def _slot_allowed(match: re.Match[str]) -> tuple[bool, bool]:
    """Whether this match of a shape may hold a name of the register, and an unknown acronym, at all."""
    if match.re is _BRACKETED and not match.group("dash"):
        dateline = bool(_DATELINE_PREFIX.fullmatch(match.group("prefix")))
        return dateline, False  # "(END)", "(ECOWAS)": with no dash after it, only a known agency
    if match.re is _DATE_THEN_AGENCY:
        return bool(_DATE_ISH.search(match.group("line"))), False
    return True, True


def _credit(text: str, match: re.Match[str], shape: str, slot: _Slot) -> Credit | None:
    """The agency in a credit shape: a name of the register; else, where the shape allows, an acronym in capitals."""
    allowed, unknown_allowed = _slot_allowed(match)
    if not allowed:
        return None
    start, end = match.span("agency")
    known = _in_slot(text, start, end, slot.place)
    if known is not None:
        written = text[known.start : known.end]
        if slot.ambiguous or not is_ambiguous(written) or written.isupper():
            return Credit(known.start, known.end, known.canonical, shape, True)
        return None
    written = text[start:end].strip()
    if slot.unknown_caps and unknown_allowed and _CAPS.fullmatch(written):
        start = text.index(written, start)
        return Credit(start, start + len(written), written, shape, False)
    return None


def find_credits(text: str) -> list[Credit]:
    """Every place where the text credits an agency, in order of position: a dateline, a signature or byline,
    a closing dash or bracket, the agency alone on a line, a copyright line."""
    found: dict[tuple[int, int], Credit] = {}
    for pattern, shape, slot in _SHAPES:
        for match in pattern.finditer(text):
            credit = _credit(text, match, shape, slot)
            if credit is not None and (credit.start, credit.end) not in found:
                found[credit.start, credit.end] = credit
    return sorted(found.values())
