"""The register of officeholders (package data `data/officeholders.tsv`): who held which office, from when to when.

A brief that dates its event by a weekday and a day of the month alone ("el jueves 17 de octubre", "am Donnerstag,
den 13. März") fits a year every five or six; the people it names in office tell which: a brief where Mike Pompeo
meets a minister is from 2018 to 2021. The register is positive knowledge of terms of office; `holders_named` finds
its people in a text, written as briefs write them (any case, with or without accents, middle names or a second
surname added, the given name as an initial, or the surname alone after a title), and `in_office` says how many
of them held an office of the register on a day.

    >>> titles = frozenset({"kanzler", "prasident"})
    >>> named = holders_named("Bundeskanzlerin Merkel empfängt den Ministerpräsidenten Sobotka", titles)
    >>> in_office(named, dt.date(2014, 3, 13)), in_office(named, dt.date(2025, 3, 13))
    (2, 0)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from briefparse import kept_patterns
from briefparse.given_names import GIVEN_NAMES_FILE, is_given_name
from briefparse.lang.letters import fold
from briefparse.lazy_regex import lazy_compile
from briefparse.registers import tsv_rows

if TYPE_CHECKING:
    from briefparse.lang.base import Language

__all__ = ["OFFICES", "Term", "holders_named", "in_office", "read_rows", "terms"]

_DATA = Path(__file__).parent / "data" / "officeholders.tsv"
#: the offices the register records
OFFICES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "secretary_general",
        "commission_chair",
        "commission_president",
        "council_president",
    }
)
#: days before a term's start and after its end that still count as in office: an elect's calls and meetings
#: between the vote and the swearing-in (about eleven weeks for a US president, nine for a Brazilian one), a day
#: of the register off by a few
_BEFORE_START = 80
_AFTER_END = 30
#: a surname written alone is read as a register person's only when it is this long at least ("Putin", not "Kan")
_MIN_ALONE = 5
#: most words between a given name and the surname (middle names, a second given name)
_MIDDLE_WORDS = 3
#: letters a given name shares with its other spelling ("Sergueï", "Sergey")
_SHARED_START = 3
#: lower-case words inside a person's name ("Lula da Silva", "Mohammed bin Salman", "Ould Cheikh Ahmed")
_PARTICLES = frozenset({
    "al", "bin", "ben", "ibn", "ould", "mint", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "van", "von",
    "der", "den", "la", "le", "el",
})  # fmt: skip
#: the particles after which a name is a father's or a family's, not a surname one is called by alone
_PATRONYMIC = frozenset({"bin", "ben", "ibn", "al", "el", "ould", "mint"})
# a word: letters, maybe joined by hyphens or apostrophes ("Díaz-Canel", "D'Alema"), or an initial with its dot
_WORD = lazy_compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
#: fewest letters of a word of another script left once a case ending is taken off ("Лаврову": Лавров)
_MIN_STEM = 3
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "’": "'"})


@dataclass(frozen=True, slots=True)
class Term:
    """One term of office of the register."""

    name: str
    #: ISO 3166-1 alpha-2 code of the state, or the organisation's code ("UN", "EU", "AU")
    country: str
    office: str
    start: dt.date
    end: dt.date | None


def read_rows() -> list[dict[str, str]]:
    """The register's rows as written in the data file (comment lines left out)."""
    return tsv_rows(_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=8192)
def _words(name: str) -> tuple[str, ...]:
    """A name's words, folded, a hyphen or an apostrophe between them as a space, an initial's dot left out."""
    folded = fold(name).translate(_LETTERS).replace("-", " ").replace("'", " ").replace(".", " ")
    return tuple(folded.split())


def key(name: str) -> str:
    """A name's lookup key: its folded words joined by single spaces."""
    return " ".join(_words(name))


@cache
def _terms() -> dict[str, tuple[Term, ...]]:
    """Each person's terms, by the key of their name."""
    found: dict[str, list[Term]] = {}
    for row in read_rows():
        end = dt.date.fromisoformat(row["end"]) if row["end"] else None
        term = Term(row["name"], row["country"], row["office"], dt.date.fromisoformat(row["start"]), end)
        found.setdefault(key(row["name"]), []).append(term)
    return {name: tuple(held) for name, held in found.items()}


def terms(name: str) -> tuple[Term, ...]:
    """The terms of the register person whose name this is, written as the register writes it, folded."""
    return _terms().get(key(name), ())


@dataclass(frozen=True, slots=True)
class _Person:
    """A register person's name in the parts a brief may write: the given name's words, and the surname's."""

    key: str
    given: tuple[str, ...]
    surname: tuple[str, ...]


#: a register person as `kept_patterns` keeps it: key, given name's words, surname's words
_KeptPerson = tuple[str, tuple[str, ...], tuple[str, ...]]
#: what `_people` reads: the modules and data files whose contents decide the index
_SOURCES = (
    Path(__file__),
    Path(__file__).with_name("given_names.py"),
    Path(__file__).with_name("registers.py"),
    Path(__file__).parent / "lang" / "letters.py",
    _DATA,
    _DATA.with_name(GIVEN_NAMES_FILE),
)


@cache
def _people() -> tuple[dict[str, tuple[_Person, ...]], dict[tuple[str, ...], str]]:
    """The register's people by the first word of their surname (of their name, for one of a single word), and
    each surname's tail that one of them alone ends with, long enough to be read alone ("Merkel", "Meza Cuadra",
    "Lopez Obrador"; not "Zuma", which two end with), with that one's key. Kept between runs
    (`kept_patterns.kept_value`) under the digest of what decides it: building it took a fifteenth of a one-file run
    that reads a weekday without a year."""
    try:
        key = b"\0".join(path.read_bytes() for path in _SOURCES)
    except OSError:  # modules loaded from elsewhere than files: built in every run
        by_word, alone = _people_index()
    else:
        by_word, alone = kept_patterns.kept_value("officeholders-people", key, _people_index, tuple)
    people = {word: tuple(_Person(*person) for person in found) for word, found in by_word.items()}
    return people, alone


def _people_index() -> tuple[dict[str, tuple[_KeptPerson, ...]], dict[tuple[str, ...], str]]:
    """What `_people` returns, its people as plain tuples (what `marshal` writes)."""
    people: list[_Person] = []
    seen: set[_Person] = set()
    tails: dict[tuple[str, ...], set[str]] = {}
    for row in read_rows():
        words = _words(row["name"].split()[0])
        # a middle initial left out ("George W. Bush": bush), a regnal number kept ("Juan Carlos I": carlos i)
        after = _words(row["name"])[len(words) :]
        rest = tuple(w for at, w in enumerate(after) if len(w) > 1 or at == len(after) - 1)
        person = _Person(key(row["name"]), words, rest)
        if person in seen:
            continue
        seen.add(person)
        people.append(person)
        for start in range(len(rest)):
            # not a patronymic's name alone ("Salman" of "Mohammed bin Salman"), nor a given name ("Philippe")
            patronymic = (words + rest)[len(words) + start - 1] in _PATRONYMIC
            alone_given = len(rest) - start == 1 and is_given_name(rest[start].capitalize())
            if len("".join(rest[start:])) >= _MIN_ALONE and not patronymic and not alone_given:
                tails.setdefault(rest[start:], set()).add(person.key)
    alone = {tail: next(iter(keys)) for tail, keys in tails.items() if len(keys) == 1}
    by_word: dict[str, list[_KeptPerson]] = {}
    for person in people:
        by_word.setdefault((person.surname or person.given)[0], []).append((person.key, person.given, person.surname))
    return {word: tuple(found) for word, found in by_word.items()}, alone


def _runs(text: str) -> list[tuple[str, list[str]]]:
    """The runs of capitalised words of the text (particles inside them kept): the word right before each, when a
    space alone sets it apart ("" else), and the run's words as written."""
    runs: list[tuple[str, list[str]]] = []
    current: list[str] = []
    previous = opening = ""
    last_end = -1
    for match in _WORD.finditer(text):
        word = match.group(0)
        joined = last_end >= 0 and text[last_end : match.start()] in (" ", "\u00a0")
        capital = word[:1].isupper()
        if current and joined and (capital or fold(word) in _PARTICLES):
            current.append(word)
        elif capital:
            if current:
                runs.append((opening, current))
            current, opening = [word], previous if joined else ""
        elif current:
            runs.append((opening, current))
            current = []
        previous = word
        last_end = match.end() if not word.endswith(".") or len(word) == 2 else -1
    if current:
        runs.append((opening, current))
    return runs


def _given_matches(written: str, given: str) -> bool:
    """A word of the text is the given name's word: the same folded, its initial, or another spelling sharing its
    first letters ("Sergueï", "Sergey")."""
    return (
        written == given
        or (len(written) == 1 and given.startswith(written))
        or (min(len(written), len(given)) > _SHARED_START and written[:_SHARED_START] == given[:_SHARED_START])
    )


def _at(words: tuple[str, ...], part: tuple[str, ...], start: int) -> bool:
    """The words from `start` on open with `part`."""
    return words[start : start + len(part)] == part


@lru_cache(maxsize=8192)
def _is_title(word: str, titles: frozenset[str]) -> bool:
    """The word is one of the titles' words, or a compound holding a long one ("Bundeskanzlerin": kanzler)."""
    folded = fold(word).rstrip(".")
    return folded in titles or any(len(title) >= _MIN_ALONE and title in folded for title in titles)


def _named_in_run(run: list[str], titles: frozenset[str] = frozenset(), opening: str = "") -> set[str]:
    """The keys of the register people a run of capitalised words names, the longest reading only: given name (or
    its initial) then surname, a few middle words between, or a surname's tail closing a run after titles alone
    (`titles`, folded words), in the run or right before it (`opening`): "Bundeskanzlerin Merkel", "el canciller
    Meza-Cuadra"; not "Heydar Aliyev" nor "García" alone, which many bear."""
    words = tuple(w for word in run for w in _words(word))
    people, alone = _people()
    found: dict[str, int] = {}
    for person in {person for word in set(words) for person in people.get(word, ())}:
        size = len(person.given) + len(person.surname)
        for i in range(len(words)):
            if not all(_given_matches(w, g) for w, g in zip(words[i:], person.given, strict=False)):
                continue
            if len(words) - i < len(person.given):
                continue
            after = i + len(person.given)
            if not person.surname or any(
                _at(words, person.surname, j) for j in range(after, min(after + _MIDDLE_WORDS, len(words)) + 1)
            ):
                found[person.key] = max(found.get(person.key, 0), size)
    for j in range(len(words)):
        # the run's last words, after titles that are no given name ("Bundeskanzlerin Merkel"; not "Hassan
        # Abouyoub", whose first word ends a register name, nor a surname alone, which many share: "García")
        tail = words[j:]
        if tail not in alone:
            continue
        ends = list(accumulate(len(_words(word)) for word in run))
        before = [word for word, end in zip(run, ends, strict=True) if end <= j]
        titled = all(_is_title(w, titles) and not is_given_name(w) for w in before)
        if sum(len(_words(word)) for word in before) == j and titled and (before or _is_title(opening, titles)):
            found[alone[tail]] = max(found.get(alone[tail], 0), len(tail))
    if not found:
        return set()
    longest = max(found.values())
    return {name for name, size in found.items() if size == longest}


@cache
def _key_words() -> frozenset[str]:
    """The folded words one of which a run must hold for `_named_in_run` to read anyone in it: the last word of a
    register person's surname (which it reads whole), the first of their name for one of a single word (which it
    looks them up by), or the last word of a surname's tail read alone."""
    people, alone = _people()
    last = {person.surname[-1] if person.surname else person.given[0] for found in people.values() for person in found}
    return frozenset(last) | frozenset(tail[-1] for tail in alone)


def _run_words(text: str) -> Iterator[str]:
    """The folded words of the text's words that can stand in a run (`_runs`): capitalised ones and particles."""
    for word in _WORD.findall(text):
        if word[:1].isupper() or _particle(word):
            yield from _words(word)


@lru_cache(maxsize=8192)
def _particle(word: str) -> bool:
    """The word is one of the lower-case words inside a name (`_PARTICLES`), folded."""
    return fold(word) in _PARTICLES


@cache
def _name_words() -> frozenset[str]:
    """The folded words of the register people's names."""
    people, _ = _people()
    return frozenset(word for found in people.values() for person in found for word in (*person.given, *person.surname))


@cache
def _name_prefixes() -> frozenset[str]:
    """The beginnings of the register's name words ("t", "ti", …, "tillerson"): a Latin spelling is built letter by
    letter only while it begins one."""
    return frozenset(word[:end] for word in _name_words() for end in range(len(word) + 1))


def _latin_spellings(word: str, letters: dict[str, tuple[str, ...]]) -> Iterator[str]:
    """The Latin spellings of a lower-case word of another script that begin a register name word, letter by letter
    (a letter group of two first), the usual ones first; none when a letter has no spelling."""
    options: list[tuple[str, ...]] = []
    at = 0
    while at < len(word):
        group = word[at : at + 2] if word[at : at + 2] in letters else word[at]
        if group not in letters:
            return
        options.append(letters[group])
        at += len(group)
    prefixes = _name_prefixes()
    stack = [(0, "")]
    while stack:
        at, built = stack.pop()
        if at == len(options):
            yield built
            continue
        stack.extend((at + 1, built + spelled) for spelled in reversed(options[at]) if built + spelled in prefixes)


@lru_cache(maxsize=8192)
def _word_in_latin(word: str, language: Language) -> str | None:
    """A word of the language's script as the register writes a word of its people's names: the word as written, in
    the nominative, or without a case ending (the forms the language's people are compared in: "Януковичу",
    "Тиллерсоном"), in one of the Latin spellings of its letters; None when no spelling is a register word."""
    lower = word.lower()
    forms = [lower]
    if language.nominative_name is not None:
        forms.append(language.nominative_name(word, "").lower())
    endings = (end for end in language.case_endings if lower.endswith(end) and len(lower) - len(end) >= _MIN_STEM)
    forms += [lower[: -len(end)] for end in endings]
    known = _name_words()
    for form in dict.fromkeys(forms):
        for latin in _latin_spellings(form, language.latin_spellings):
            if latin in known:
                return latin.capitalize()
    return None


def _in_latin(text: str, language: Language) -> str:
    """The text with each capitalised word of the language's own script that a register person's name holds written
    in Latin letters as the register writes it (each part of a hyphenated word: "Касым-Жомарт"); other words as
    written."""
    letters = language.latin_spellings

    def spelled(match: re.Match[str]) -> str:
        written = match.group(0)
        parts = written.rstrip(".").split("-")
        if not all(part[:1].isupper() and part[:1].lower() in letters for part in parts):
            return written
        latin = [_word_in_latin(part, language) or part for part in parts]
        return "-".join(latin) + written[len(written.rstrip(".")) :]

    return _WORD.sub(spelled, text)


def holders_named(text: str, titles: frozenset[str] = frozenset(), language: Language | None = None) -> tuple[str, ...]:
    """The keys of the register people the text names, in the order first named; a surname alone counts after one
    of the `titles` (folded words of the language's titles and honorifics). Names in another script than Latin are
    read in the `language`'s Latin spellings (`Language.latin_spellings`)."""
    if language is not None and language.latin_spellings and any(c in language.latin_spellings for c in text.lower()):
        text = _in_latin(text, language)
    if _key_words().isdisjoint(_run_words(text)):
        return ()  # no word a register reading needs: most sentences, told without reading their runs
    named: list[str] = []
    for opening, run in _runs(text):
        for name in sorted(_named_in_run(run, titles, opening)):
            if name not in named:
                named.append(name)
    return tuple(named)


def _in_office(name: str, day: dt.date) -> bool:
    """The person held one of the register's offices on that day, give or take the margins."""
    return any(
        term.start - dt.timedelta(days=_BEFORE_START) <= day
        and (term.end is None or day <= term.end + dt.timedelta(days=_AFTER_END))
        for term in _terms().get(name, ())
    )


def in_office(names: tuple[str, ...], day: dt.date) -> int:
    """How many of the register people (keys from `holders_named`) held an office of the register on that day."""
    return sum(_in_office(name, day) for name in names)
