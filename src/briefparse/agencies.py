"""The register of news agencies and official press services (package data `data/agencies.tsv`).

`find_agencies` finds the register's names in a text, whole words; `find_credits` finds where a dispatch
credits its agency: the dateline ("MOSCOW, Dec 1 (Reuters) -", "/ТАСС/.", "ASTANA. KAZINFORM -"), a signature
line of staff initials ("AIO/KPM/ANP", "/PSCU", after an end mark: "(FIN) ANDINA/JJR"), a byline ("By … –
Trend:"), a closing dash or bracket ("… — BelTA", "… (AFP)"), the agency's name alone on a line, a copyright line
(the weakest: an outlet's own name, or a photo's credit). The register is read once, on first use; which credit
to trust is the caller's.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import astuple, dataclass
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import NamedTuple

from briefparse import kept_patterns
from briefparse.lang.base import alternation
from briefparse.lang.bylines import AGENCY_ARTICLES, AGENCY_NOUNS, BYLINE_CUES
from briefparse.lang.letters import LOWER, UPPER
from briefparse.lazy_regex import lazy_compile
from briefparse.places import place_kind
from briefparse.registers import tsv_rows

KINDS = ("agency", "press_service", "broadcaster", "newspaper")
CREDIT_SHAPES = ("dateline", "signature", "byline", "closing", "alone", "copyright")

# a word: letters and digits, dots inside ("News.Az", "SAnews.gov.za"); separators between words are read apart
_WORD_PATTERN = r"[^\W_]+(?:\.[^\W_]+)*"
_WORD = lazy_compile(_WORD_PATTERN)
# the common noun before an agency's name alone on its line: "Agencia DyN"
_AGENCY_NOUN = lazy_compile(rf"(?i:{alternation(AGENCY_NOUNS)})\s+")
# what may stand between two words of a name: a space or two, or one joining mark ("France-Presse", "People's")
_GAP = r"[^\S\n]{1,2}|[^\S\n]?[-‐'’‘/][^\S\n]?"
_MAX_WORDS = 8
_LATIN_END = 0x250  # past the Latin letters and their accented forms
_RUNNING_TEXT_WORDS = 3  # a name this long is set in title case by its agency, in sentence case by others
#: a name of one Cyrillic word in title case that ends in a consonant declines as a masculine noun in running text
#: ("корреспондент Казинформа", "по данным Кабара", "сообщил Укринформу"): its oblique singular endings
_DECLINING = lazy_compile(r"[А-ЯЁІЇЄ][а-яёіїє]+[бвгджзклмнпрстфхцчшщ]")
_MASCULINE_ENDINGS = ("а", "у", "ом", "е")
_DATA = Path(__file__).parent / "data" / "agencies.tsv"


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
class Register:
    """The register's rows, indexed for lookups."""

    agencies: tuple[Agency, ...]
    #: a name's words joined by single spaces -> the agencies that go by it
    by_key: dict[str, tuple[Agency, ...]]
    #: the keys that are a common word or another's name in one of their agencies
    ambiguous: frozenset[str]
    #: every leading run of words of a key, so a search stops as soon as no name can go on
    prefixes: frozenset[str]
    #: the keys that are only a title-case spelling of a name in capitals ("Efe", "Ria Novosti"): running text writes
    #: agencies so, but such a word may be a word or a person's name too, so it is trusted only where asked for
    titled: frozenset[str]
    #: a word that may open a name: one not in lower case ("Xinhua", "AFP"), or a lower-case name's first ("dpa")
    opening: re.Pattern[str]
    #: what may stand between two words of a name, then the next word (in group 1)
    next_word: re.Pattern[str]


def _split(cell: str, separator: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(separator) if part.strip())


def read_rows() -> list[dict[str, str]]:
    """The register's rows as written in the data file (comment lines left out)."""
    return tsv_rows(_DATA.read_text(encoding="utf-8"))


def key(form: str) -> str:
    """A name's lookup key: its words joined by single spaces ("Agence France-Presse" -> "Agence France Presse")."""
    return " ".join(_WORD.findall(form))


#: the register's fields of one agency, in `Agency`'s order; the index of `_index`
_Row = tuple[str, tuple[str, ...], tuple[str, ...], str | None, str, tuple[str, ...]]
_Index = tuple[
    tuple[_Row, ...], dict[str, tuple[int, ...]], frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]
]


@cache
def register() -> Register:
    """The register, read and indexed once. The index is kept between runs (`kept_patterns.kept_value`), under a
    digest of the data file and of this module's code: building it is most of a one-file run's look at agencies."""
    data = _DATA.read_bytes()
    try:
        source = Path(__file__).read_bytes()
    except OSError:  # a module loaded from elsewhere than a file: indexed in every run
        index = _index(data)
    else:
        index = kept_patterns.kept_value("agencies", source + data, partial(_index, data), tuple)
    rows, by_key, ambiguous, titled, prefixes, lower = index
    agencies = tuple(Agency(*row) for row in rows)
    return Register(
        agencies=agencies,
        by_key={k: tuple(agencies[i] for i in v) for k, v in by_key.items()},
        ambiguous=ambiguous,
        titled=titled,
        prefixes=prefixes,
        opening=kept_patterns.compile(
            rf"(?<![^\W_])(?:(?![a-zà-ÿа-яё])|(?={alternation(lower)}(?![^\W_])))({_WORD_PATTERN})"
        ),
        next_word=kept_patterns.compile(rf"(?:{_GAP})({_WORD_PATTERN})"),
    )


def _index(data: bytes) -> _Index:
    """The register's rows and lookups, from the data file's bytes, in values `marshal` writes: the agencies'
    fields, each key's agencies by their place in the rows, the ambiguous, titled and prefix keys, the first words
    of the lower-case keys (longest first)."""
    agencies = tuple(
        Agency(
            name=row["name"].strip(),
            forms=_split(row["forms"], "|"),
            ambiguous_forms=_split(row["ambiguous_forms"], "|"),
            country=row["country"].strip() or None,
            kind=row["kind"].strip(),
            languages=_split(row["languages"], ","),
        )
        for row in tsv_rows(data.decode("utf-8"))
    )
    by_key: dict[str, list[Agency]] = {}
    ambiguous: set[str] = set()
    for agency in agencies:
        for form in (agency.name, *agency.forms, *agency.ambiguous_forms):
            written = key(form)
            shouted = written.upper()  # a name set in capitals, as datelines and signatures do ("KAZINFORM")
            for variant in dict.fromkeys((written, shouted, *_declined(written), *_as_running_text(written))):
                if agency not in by_key.setdefault(variant, []):
                    by_key[variant].append(agency)
                if form in agency.ambiguous_forms:
                    ambiguous.add(variant)
    # a name in capitals as running text may spell it, each capitals word of three letters or more in title case
    # ("EFE" -> "Efe", "RIA Novosti" -> "Ria Novosti"); not a variant the register already lists
    titled: set[str] = set()
    for agency in agencies:
        for form in (agency.name, *agency.forms):
            words = key(form).split()
            if not any(_titlable(w) for w in words):
                continue
            variant = " ".join(w.capitalize() if _titlable(w) else w for w in words)
            if variant not in by_key:
                by_key[variant] = [agency]
                titled.add(variant)
            elif variant in titled and agency not in by_key[variant]:
                by_key[variant].append(agency)
    # a form listed as it is written is clear, even where it is the capitals of a word ("ANDINA", not "Andina")
    clear = (form for agency in agencies for form in (agency.name, *agency.forms) if form not in agency.ambiguous_forms)
    ambiguous -= {key(form) for form in clear}
    prefixes = {" ".join(k.split()[:n]) for k in by_key for n in range(1, len(k.split()) + 1)}
    lower = sorted({k.split()[0] for k in by_key if k[0].islower()}, key=len, reverse=True)
    place = {id(agency): n for n, agency in enumerate(agencies)}
    return (
        tuple(astuple(agency) for agency in agencies),
        {k: tuple(place[id(agency)] for agency in v) for k, v in by_key.items()},
        frozenset(ambiguous),
        frozenset(titled),
        frozenset(prefixes),
        tuple(lower),
    )


def _as_running_text(written: str) -> tuple[str, ...]:
    """How running text may write a name of three words or more that its agency sets in title case: in sentence
    case ("Agence Ivoirienne de Presse" -> "Agence ivoirienne de presse"), in lower case as a common noun after its
    article when its links are in lower case ("l'agence ivoirienne de presse"), without its accents ("Agence
    Nigérienne de Presse" -> "Agence Nigerienne de Presse"), or both; or a headline's case, its links capitalised
    too ("Press Trust of India" -> "Press Trust Of India"); none for a shorter name, or one with an acronym in it."""
    words = written.split()
    if len(words) < _RUNNING_TEXT_WORDS or any(w.isupper() and len(w) > 1 for w in words):
        return ()
    sentence_case = " ".join((words[0], *(w.lower() for w in words[1:])))
    headline_case = " ".join(w[:1].upper() + w[1:] for w in words)
    # a name whose links are written in lower case ("de", "d'", "of") may be a common noun phrase as a whole; one
    # without ("National News Agency") is a generic phrase in lower case
    lower_case = (written.lower(),) if any(w.islower() for w in words[1:-1]) else ()
    cased = (written, sentence_case, *lower_case)
    forms = (sentence_case, *lower_case, headline_case, *(_unaccented(f) for f in cased))
    return tuple(f for f in dict.fromkeys(forms) if f != written)


def _unaccented(text: str) -> str:
    """The text without its accents when it is written in Latin letters ("Nigérienne" -> "Nigerienne"); a name in
    another script as it is ("Казинформ", whose "й" is a letter of its own)."""
    if any(c.isalpha() and ord(c) >= _LATIN_END for c in text):
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _declined(written: str) -> tuple[str, ...]:
    """The oblique forms of a name that declines as a masculine noun ("Казинформ" -> "Казинформа", "Казинформу",
    …); none for a name in capitals, of several words or ending in a vowel ("ТАСС", "РИА Новости", "БелТА")."""
    return tuple(written + ending for ending in _MASCULINE_ENDINGS) if _DECLINING.fullmatch(written) else ()


def _titlable(word: str) -> bool:
    """A word with capitals inside that running text may write in title case: letters only, three or more ("EFE",
    "ТАСС", "BelTA")."""
    return len(word) >= 3 and word.isalpha() and any(c.isupper() for c in word[1:])


def agencies_named(form: str) -> tuple[Agency, ...]:
    """The agencies that go by this form ("ANP" -> the Dutch and the Nigerien agency); () when none."""
    return register().by_key.get(key(form), ())


def is_ambiguous(form: str) -> bool:
    """The form is also a common word or another's name ("Trend", "MAP", "Petra"): trust it in a credit only."""
    return key(form) in register().ambiguous


def is_titled(form: str) -> bool:
    """The form is only a title-case spelling of a name in capitals ("Efe", "Lena"): maybe a person's name too."""
    return key(form) in register().titled


def _canonical(form: str) -> str:
    named = agencies_named(form)
    return named[0].name if len(named) == 1 else form


class _Names(NamedTuple):
    """The register's names in one text: (start, end, key) in order, and their starts for bisection."""

    found: tuple[tuple[int, int, str], ...]
    starts: tuple[int, ...]


def _site_name(word: str) -> str:
    """The name in a domain written as a word ("Interfax.ru" -> "Interfax"); "" when the word is none."""
    head, dot, tail = word.rpartition(".")
    return head if dot and tail.islower() and len(tail) <= 4 and "." not in head else ""


@lru_cache(maxsize=8)
def _names(text: str) -> _Names:
    """Every longest run of words that is a name of the register, found once per text."""
    reg = register()
    found: list[tuple[int, int, str]] = []
    reached = 0
    for opening in reg.opening.finditer(text):
        current = opening.group(1)
        if opening.start() < reached:
            continue
        site = _site_name(current) if "." in current else ""  # most words hold no dot, so no domain
        if site in reg.by_key:  # an outlet's domain: "Interfax.ru", "Chinanews.com"
            found.append((opening.start(), opening.start() + len(site), site))
            reached = opening.end()
            continue
        head, dot, glued = current.rpartition(".")
        if dot and head[-1:].isalpha() and glued.isupper() and glued in reg.by_key:
            # an acronym run into a sentence's full stop after a capitalised word, where a page lost the line break
            # before a signature: "… du Tchad.AMI"
            found.append((opening.end() - len(glued), opening.end(), glued))
            reached = opening.end()
            continue
        if current not in reg.prefixes:
            continue
        end = opening.end()
        best = (end, current) if current in reg.by_key else None
        for _ in range(_MAX_WORDS - 1):
            following = reg.next_word.match(text, end)
            if following is None or f"{current} {following.group(1)}" not in reg.prefixes:
                break
            current, end = f"{current} {following.group(1)}", following.end()
            if current in reg.by_key:
                best = (end, current)
        if best is not None:
            found.append((opening.start(), *best))
            reached = best[0]
    return _Names(tuple(found), tuple(start for start, _, _ in found))


def find_agencies(text: str, *, ambiguous: bool = False, titled: bool = False) -> list[AgencyMatch]:
    """The register's names in the text, whole words, in order. A form matches as written, or in capitals;
    forms that are also common words ("Trend", "MAP") only when `ambiguous` is true; a name in capitals spelt in
    title case ("Efe") only when `titled` is true (for a place where an outlet is expected: "told Efe")."""
    reg = register()
    return [
        AgencyMatch(start, end, _canonical(text[start:end]))
        for start, end, name in _names(text).found
        if (ambiguous or name not in reg.ambiguous) and (titled or name not in reg.titled)
    ]


_DASH = r"\-–—―‒"  # inside a character class
_NOT_NL = r"[^\S\n]"  # a space within a line
# the one word in brackets that closes a dispatch before its signature line: "(FIN) ANDINA/JJR", "(Ende) dpa/xy"
_END_MARK = rf"(?:\([^\W\d_]{{2,8}}\){_NOT_NL}+)?"
# a byline's opening word, maybe with a colon ("By", "Par", "Texte :"), and an article before an agency's name
_BYLINE_CUE = rf"(?i:{BYLINE_CUES})(?:{_NOT_NL}*:{_NOT_NL}*|{_NOT_NL}+)"
_ARTICLE = rf"(?i:{alternation(AGENCY_ARTICLES)}){_NOT_NL}+"
# a date or a time: a year, "19.04", "08h30", "21:16"
_DATE_ISH = r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}[./:h]\d{2})(?!\d)"


class _Slot(NamedTuple):
    """What a credit shape's agency slot may hold."""

    #: an acronym in capitals that the register does not know is taken too ("/PSCU", "(APS) -")
    unknown_caps: bool = False
    #: a form that is also a word ("Trend", "Report") is taken as written, not only in capitals ("TREND")
    ambiguous: bool = True
    #: where the register's name stands in the slot: "exact" (all of it), "first" ("(AFP/Reuters) -"),
    #: "last" ("Agence de presse Xinhua"), "only" (the slot is nothing but names of the register), "before_city" (a
    #: name opens the slot, a city the gazetteer knows is the rest: "Xinhua Beijing")
    place: str = "exact"


# (pattern with the agency in a group "agency", shape, slot); see _Patterns for what `prefix`, `dash`, `line` check
_SHAPES: tuple[tuple[str, str, _Slot], ...] = (
    # the dateline's agency in brackets: "MOSCOW, Dec 1 (Reuters) -", "(Xinhua) --", "(EFE).-",
    # "Lima, dic. 1 (ANDINA).", "Berlin (AFP) Der Minister", "TOKYO (X News / Sputnik - 3rd July, 2023)"
    (
        rf"^(?P<prefix>[^\n()]{{0,80}}?)\((?P<agency>[^()\n]{{2,60}}?)\){_NOT_NL}*(?P<dash>--|\.-|[{_DASH}:])?",
        "dateline",
        _Slot(unknown_caps=True, place="first"),
    ),
    # the dateline's city with its country or state in brackets, maybe then the date, before the agency's bracket
    # and its dash: "Cuenca (Ecuador) (EFE).-", "Miami (EE.UU.), 12 ene (EFE).-"; the agency one the register knows
    (
        rf"^{_NOT_NL}*[{UPPER}][\w'’.-]*(?:{_NOT_NL}[\w'’.-]+){{0,3}}{_NOT_NL}*\([^()\n]{{2,25}}\)"
        rf"(?:,[^\n()]{{1,20}}?)?{_NOT_NL}*\((?P<agency>[^()\n]{{2,40}}?)\){_NOT_NL}*(?P<dash>--|\.-|[{_DASH}])",
        "dateline",
        _Slot(place="first"),
    ),
    # the dateline's agency between slashes: "МОСКВА, 1 декабря. /ТАСС/.", "/CNW Telbec/ -", or the sentence right
    # after it: "ULAANBAATAR /Montsame/ The minister …"
    (
        rf"^[^\n/]{{0,80}}?/(?P<agency>[^/\n]{{2,40}}?)/{_NOT_NL}*(?:[.:{_DASH}]|$|(?<=\s)(?=[{UPPER}]))",
        "dateline",
        _Slot(unknown_caps=True, place="first"),
    ),
    # a dateline's last item before a dash, a colon, a full stop or the line's end: "ASTANA. KAZINFORM -",
    # "Baku, 1 December, AZERTAC", "Москва. 23 июня. ИНТЕРФАКС -", "YEREVAN, MARCH 3, ARMENPRESS. The …", or a full
    # stop and a dash: "Caracas, 3 Mar. AVN.- El …"
    (
        rf"^{_NOT_NL}*[{UPPER}][^\n.,]{{1,40}}(?:[.,]{_NOT_NL}*[^\n.,{_DASH}]{{1,30}}){{0,3}}[.,]{_NOT_NL}*"
        rf"(?P<agency>[^\n.,{_DASH}:]{{2,40}}?){_NOT_NL}*(?:[{_DASH}:]|\.[{_DASH}]?{_NOT_NL}|$)",
        "dateline",
        _Slot(),
    ),
    # the agency joined by a hyphen to the city it files from, maybe its country in brackets, then the sentence:
    # "APA-Dakar (Sénégal) Le ministre …"
    (
        rf"^{_NOT_NL}*(?P<agency>[{UPPER}][\w.]{{1,15}})-[{UPPER}][\w'’-]*(?:{_NOT_NL}[{UPPER}][\w'’-]*){{0,2}}"
        rf"{_NOT_NL}*(?:\([^()\n]{{2,30}}\){_NOT_NL}*)?{_NOT_NL}(?=[{UPPER}][{LOWER}])",
        "dateline",
        _Slot(),
    ),
    # a city in capitals, a dash with no space before it, then the agency alone: "ANKARA- Anadolu Agency"
    (
        rf"^{_NOT_NL}*[{UPPER}][{UPPER}'’ .-]{{1,30}}?[{_DASH}]{_NOT_NL}*"
        rf"(?P<agency>[^\n{_DASH}]{{2,40}}?){_NOT_NL}*$",
        "dateline",
        _Slot(place="only"),
    ),
    # the agency opening a paragraph, then a full stop or a dash: "ARMENPRESS. The President …", "АрмИнфо. …"
    (
        rf"^{_NOT_NL}*(?P<agency>[^\n.{_DASH}]{{2,30}}?){_NOT_NL}*(?:\.|[{_DASH}]{{1,2}}){_NOT_NL}+[{UPPER}]",
        "dateline",
        _Slot(ambiguous=False),
    ),
    # the outlet that reprints the dispatch, a dash, then the agency and a colon before the story: "Sharjah 24 – WAM:
    # His Highness …"
    (
        rf"^{_NOT_NL}*[{UPPER}][^\n{_DASH}:()]{{1,40}}?{_NOT_NL}[{_DASH}]{_NOT_NL}*"
        rf"(?P<agency>[^\n{_DASH}:()]{{2,30}}?){_NOT_NL}*:{_NOT_NL}+(?=[{UPPER}])",
        "dateline",
        _Slot(),
    ),
    # the city in brackets, a dash, then the agency: "(Innsbruck)-OTS. Der …", "(Bozen) – LPA – Der …"
    (
        rf"^{_NOT_NL}*\([^()\n]{{2,40}}\){_NOT_NL}*[{_DASH}]{{1,2}}{_NOT_NL}*"
        rf"(?P<agency>[^\n.{_DASH}()]{{2,30}}?){_NOT_NL}*(?:\.|[{_DASH}]{{1,2}})",
        "dateline",
        _Slot(),
    ),
    # a dateline whose agency closes the first sentence's lead-in: "МОСКВА, 3 мар — РИА Новости. Министр …"
    (
        rf"^{_NOT_NL}*[{UPPER}][^\n.,]{{1,40}},[^\n.{_DASH}]{{1,30}}{_NOT_NL}[{_DASH}]{{1,2}}{_NOT_NL}*"
        rf"(?P<agency>[^\n.{_DASH}]{{2,40}}?)\.(?:{_NOT_NL}|$)",
        "dateline",
        _Slot(),
    ),
    # the dateline's agency between bars, the story after them: "NOVO-OGARYOVO | TASS | The president …"
    (
        rf"^[^\n|]{{0,40}}\|{_NOT_NL}*(?P<agency>[^\n|]{{2,40}}?){_NOT_NL}*\|{_NOT_NL}*(?=[{UPPER}])",
        "dateline",
        _Slot(place="only"),
    ),
    # the agency first on a line, then a date: "Xinhua, April 20, 2015", "Kazinform | 20.09.2021"
    (
        rf"^{_NOT_NL}*(?P<agency>[^\n,|]{{2,60}}?){_NOT_NL}*[,|](?=[^\n]{{0,40}}?{_DATE_ISH})",
        "dateline",
        _Slot(place="last"),
    ),
    # the agency first on a line, the city it files from, then the date: "Xinhua Beijing, April 20, 2015 –"
    (
        rf"^{_NOT_NL}*(?P<agency>[^\n,|]{{2,60}}?){_NOT_NL}*,(?=[^\n]{{0,40}}?{_DATE_ISH})",
        "dateline",
        _Slot(place="before_city"),
    ),
    # the agency first on a line, then a word and a colon before a date: "Xinhua Published: 2018-07-20 19:35"
    (
        rf"^{_NOT_NL}*(?P<agency>[^\n,|:]{{2,40}}?){_NOT_NL}+[^\W\d]+:{_NOT_NL}*(?={_DATE_ISH})",
        "dateline",
        _Slot(ambiguous=False, place="only"),
    ),
    # a sentence, then the stamp in figures and the agency closing the line: "… de cette visite. 16.01.2024, Sputnik
    # Afrique", as a deck under a headline prints them
    (
        rf"[.!?»”…]{_NOT_NL}+\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}{_NOT_NL}*,{_NOT_NL}*(?P<agency>[^\n,]{{2,40}}?){_NOT_NL}*$",
        "dateline",
        _Slot(place="first"),
    ),
    # a date line closed by the agency: "Publié le 24 décembre 2017 | Xinhua", "19.04.2017 | Agence de presse Xinhua"
    (rf"^(?P<line>[^\n]*)\|{_NOT_NL}*(?P<agency>[^\n|]{{2,60}}?){_NOT_NL}*$", "dateline", _Slot(place="last")),
    # a signature of staff initials, the agency after the last slash, maybe then a number or a month and a year,
    # spaced or not like the initials: "AIO/KPM/ANP", "LR/MAP", "AT/DMM/ANP/mai 2014", "AIO/KPM/ANP-099 Avril 2021",
    # "AB/CD/ANP /JAN 2018"; or of the desk's word ("Redacción / EFE", "Agencias/EFE"); after them, only an agency of
    # the register: the last item may be one more writer's initials ("AB/CD/EFG")
    (
        rf"^{_NOT_NL}*{_END_MARK}(?:[A-Za-zÀ-ÿ]{{1,12}}{_NOT_NL}*/{_NOT_NL}*){{1,4}}(?P<agency>[A-Za-zÀ-ÿ][\w.-]{{1,15}})"
        rf"(?:{_NOT_NL}*[/-][^\n/]{{0,20}}?(?:19|20)\d\d)?{_NOT_NL}*$",
        "signature",
        _Slot(),
    ),
    # a signature closed by the dispatch's date in figures: "AIO/KPM/ANP 14/03/2024", "ANP/jl/14/03/2024", "AMI
    # 14-03-2024"; the agency after the writers' initials in capitals, or before theirs in small letters
    (
        rf"^{_NOT_NL}*(?:[A-Za-zÀ-ÿ]{{1,12}}/){{0,4}}?(?P<agency>[A-Za-zÀ-ÿ][\w.]{{1,15}})(?:/[a-zà-ÿ]{{1,6}}){{0,3}}"
        rf"(?:{_NOT_NL}+|{_NOT_NL}*[/-]{_NOT_NL}*)[0-3]?\d[./-][01]?\d[./-](?:19|20)?\d\d{_NOT_NL}*$",
        "signature",
        _Slot(),
    ),
    # the agency, then its staff's initials in lower case: "EFE mgt/ca", "AFP jk"
    (
        rf"^{_NOT_NL}*{_END_MARK}(?P<agency>[{UPPER}][\w.-]{{1,15}}){_NOT_NL}+[a-z]{{1,5}}(?:{_NOT_NL}*/{_NOT_NL}*[a-z]{{1,5}}){{0,3}}"
        rf"{_NOT_NL}*$",
        "signature",
        _Slot(),
    ),
    # the office alone after a slash: "/PSCU"
    (
        rf"^{_NOT_NL}*/(?P<agency>[A-Za-zÀ-ÿ][\w.-]{{1,15}})(?:[/-][^\n/]{{0,20}}?(?:19|20)\d\d)?{_NOT_NL}*$",
        "signature",
        _Slot(unknown_caps=True),
    ),
    # a signature of joined acronyms, the agency last: "NNN-BERNAMA", "NNN-APS"
    (
        rf"^{_NOT_NL}*(?:[{UPPER}]{{2,6}}-){{1,3}}(?P<agency>[{UPPER}][\w.]{{1,15}}){_NOT_NL}*$",
        "signature",
        _Slot(),
    ),
    # a byline whose only name is the register's agency: "By Reuters", "by The Associated Press", "Por EFE"
    (
        rf"^{_NOT_NL}*{_BYLINE_CUE}(?:{_ARTICLE})?(?P<agency>[^\n]{{2,60}}?){_NOT_NL}*$",
        "byline",
        _Slot(ambiguous=False, place="only"),
    ),
    # a byline of the agency then the city it writes from, alone on a line: "Press Trust of India New Delhi"
    (rf"^{_NOT_NL}*(?P<agency>[^\n]{{2,80}}?){_NOT_NL}*$", "byline", _Slot(ambiguous=False, place="before_city")),
    # a credit line led by the agency: "AA / Istanbul / Staff Writer", "ANDINA/Staff Photographer"
    (
        rf"^{_NOT_NL}*{_END_MARK}(?P<agency>[^\n/]{{2,30}}?){_NOT_NL}*/{_NOT_NL}*[^\n/]{{2,40}}(?:/[^\n/]{{2,40}}){{0,2}}$",
        "signature",
        _Slot(),
    ),
    # a byline closed by the agency and a colon: "By Staff Writer – Trend:", maybe with the story's first sentence
    # after it on the same line: "Valdor 24 – WAM: His Highness …", "By Jan Lind - Trend:The minister …"
    (
        rf"^{_NOT_NL}*[{UPPER}][^\n]{{1,60}}?{_NOT_NL}[{_DASH}]{{1,2}}{_NOT_NL}*(?P<agency>[^\n:]{{2,40}}?):"
        rf"(?:$|{_NOT_NL}*(?=[{UPPER}][{LOWER}]))",
        "byline",
        _Slot(),
    ),
    # a sentence, then a dash and the agency, closing a paragraph: "… in the region. — BelTA", "― Bernama"
    (
        rf"(?:^|[.!?»”\")]){_NOT_NL}*[{_DASH}]{{1,2}}{_NOT_NL}*(?P<agency>[^\n{_DASH}]{{2,40}}?){_NOT_NL}*$",
        "closing",
        _Slot(place="first"),
    ),
    # a paragraph's last sentence, then the agency alone: "… en présence du directeur de cabinet. AMI"
    (
        rf"[.!?»”\"]{_NOT_NL}+(?P<agency>[^\n.!?]{{2,40}}?){_NOT_NL}*$",
        "closing",
        _Slot(ambiguous=False, place="only"),
    ),
    # the agency glued to the paragraph's last full stop, where a page lost the line break before it: "… à leur
    # profit.AMI"; the stop ends a word in small letters, the agency is in capitals and closes the line
    (
        rf"[{LOWER}]{{2}}\.(?P<agency>[{UPPER}][{UPPER}\d&-]{{1,15}}){_NOT_NL}*$",
        "closing",
        _Slot(ambiguous=False, place="only"),
    ),
    # a line's last words after a dash: "Minsk, 1 December – BelTA" (a name that is also a word is not trusted here)
    (
        rf"{_NOT_NL}[{_DASH}]{{1,2}}{_NOT_NL}*(?P<agency>[^\n{_DASH}]{{2,40}}?){_NOT_NL}*$",
        "closing",
        _Slot(ambiguous=False),
    ),
    # a title closed by the agency after a bar: "President meets envoy | Kazinform"
    (
        rf"^[^\n|()]{{10,}}\|{_NOT_NL}*(?P<agency>[^\n|()]{{2,60}}?){_NOT_NL}*$",
        "closing",
        _Slot(ambiguous=False, place="only"),
    ),
    # a bracketed agency closing a paragraph: "… on Monday. (AFP)"; not a photo credit ("(Photo | AP)")
    (
        rf"[.!?»”\"]{_NOT_NL}*\((?P<agency>[^()\n]{{2,40}})\){_NOT_NL}*$",
        "closing",
        _Slot(unknown_caps=True, place="only"),
    ),
    # a bracketed agency before the paragraph's last full stop: "… dans la région (MAP)."
    (
        rf"{_NOT_NL}\((?P<agency>[^()\n]{{2,40}})\)\.{_NOT_NL}*$",
        "closing",
        _Slot(place="only"),
    ),
    # the writers' initials and the agency in brackets, closing a paragraph: "… empfangen. (red/APA)", "(ag/AFP)";
    # or the agency first, then the desk's initials: "… empfangen. (APA/red)", "(dpa/Red)"
    (
        rf"[.!?»”\"]{_NOT_NL}*\((?:[A-Za-zÀ-ÿ]{{1,6}}{_NOT_NL}*/{_NOT_NL}*){{1,3}}(?P<agency>[^()\n/]{{2,30}}?)\){_NOT_NL}*$",
        "closing",
        _Slot(),
    ),
    (
        rf"[.!?»”\"]{_NOT_NL}*\((?P<agency>[^()\n/]{{2,30}}?)(?:{_NOT_NL}*/{_NOT_NL}*[A-Za-zÀ-ÿ]{{1,6}}){{1,3}}\){_NOT_NL}*$",
        "closing",
        _Slot(),
    ),
    # a copyright line: "© 2021 BelTA. All rights reserved.", "Copyright © 2021 Kazinform", "© AFP" (read before a
    # line of names alone, which would take the mark for a photo's credit); its "(c)" may be written with a Cyrillic
    # letter: "(с) ТАСС"
    (
        rf"(?:(?:©|\([cCсС]\)|[Cc]opyright|COPYRIGHT){_NOT_NL}*)+"
        rf"(?:(?:19|20)\d\d(?:{_NOT_NL}*[-–]{_NOT_NL}*(?:19|20)\d\d)?[,.]?{_NOT_NL}*)?"
        rf"(?P<agency>[^\n,.|]{{2,40}}?){_NOT_NL}*(?:[,.|]|$)",
        "copyright",
        _Slot(place="first"),
    ),
    # a line that is only names of the register, maybe after an article: "Xinhua", "ATS Agence télégraphique
    # suisse", "The Associated Press"
    (
        rf"^{_NOT_NL}*(?:{_ARTICLE})?(?P<agency>[^\n]{{2,80}}?){_NOT_NL}*$",
        "alone",
        _Slot(ambiguous=False, place="only"),
    ),
)


@dataclass(frozen=True)
class _Patterns:
    shapes: tuple[tuple[re.Pattern[str], str, _Slot], ...]
    #: an acronym the register does not know, in capitals
    caps: re.Pattern[str]
    #: a date or a time somewhere on a line: a year, "19.04", "08h30", "21:16" (a `line` group must hold one)
    date_ish: re.Pattern[str]
    #: what stands before a bracketed agency that no dash follows (a `prefix` group): nothing, a date
    #: ("Lima, dic. 1"), or a place ("PARIS", "Buenos Aires,"); not a sentence ("He told the Associated Press (AP).")
    dateline_prefix: re.Pattern[str]
    #: where an acronym the register does not know may be credited: in brackets, after a slash
    unknown_slot: re.Pattern[str]
    #: a closing bracket, then a sentence on the same line: a credit opening its line ("(MENAFN) On Sunday, …")
    sentence_after: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    return _Patterns(
        shapes=tuple((kept_patterns.compile(pattern, re.M), shape, slot) for pattern, shape, slot in _SHAPES),
        caps=kept_patterns.compile(rf"[{UPPER}][{UPPER}0-9.&-]{{1,11}}"),
        date_ish=kept_patterns.compile(_DATE_ISH),
        unknown_slot=kept_patterns.compile(rf"[(/][{UPPER}]"),
        sentence_after=kept_patterns.compile(rf"\)[^\S\n]+[{UPPER}][^\W\d_]*[^\S\n]+[^\W\d_]"),
        dateline_prefix=kept_patterns.compile(
            rf"{_NOT_NL}*|[^\n]*\d[^\n]*|{_NOT_NL}*[{UPPER}][\w'’-]*(?:[ -][{UPPER}][\w'’-]*){{0,3}},?{_NOT_NL}*"
        ),
    )


def _in_slot(text: str, start: int, end: int, place: str) -> AgencyMatch | None:
    """The register's name in text[start:end] where `place` says it must stand."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    names = _names(text)
    inside = []
    for found_start, found_end, _ in names.found[bisect_left(names.starts, start) :]:
        if found_end > end:
            break
        inside.append(AgencyMatch(found_start, found_end, _canonical(text[found_start:found_end])))
    if not inside:
        return None
    if place == "first":
        return inside[0]
    if place == "before_city":
        rest = text[inside[0].end : end].strip()
        return inside[0] if inside[0].start == start and rest and place_kind(rest) == "city" else None
    if place == "last":
        return inside[-1] if inside[-1].end == end else None
    if place == "only":
        noun = _AGENCY_NOUN.match(text, start, inside[0].start)
        start = noun.end() if noun and noun.end() == inside[0].start else start
        covered = " ".join(text[n.start : n.end] for n in inside)
        return inside[0] if len(_WORD.findall(covered)) == len(_WORD.findall(text[start:end])) else None
    return inside[0] if (inside[0].start, inside[0].end) == (start, end) else None


def _credit(text: str, match: re.Match[str], shape: str, slot: _Slot) -> Credit | None:
    """The agency in a credit shape: a name of the register; else, where the shape allows, an acronym in capitals."""
    patterns = _patterns()
    groups = match.groupdict()
    unknown_caps = slot.unknown_caps
    if groups.get("prefix") is not None and not groups.get("dash"):
        if not patterns.dateline_prefix.fullmatch(groups["prefix"]):
            return None  # a sentence's bracketed acronym, not a dateline
        # "(END)", "(ECOWAS)": with no dash after it, only a known agency; unless the bracket opens the line and a
        # sentence follows it, as an outlet's own credit does ("(MENAFN) On Sunday, …")
        unknown_caps = unknown_caps and not groups["prefix"].strip() and bool(
            patterns.sentence_after.match(text, match.end("agency"))
        )
    if groups.get("line") is not None and not patterns.date_ish.search(groups["line"]):
        return None
    start, end = match.span("agency")
    known = _in_slot(text, start, end, slot.place)
    if known is not None:
        written = text[known.start : known.end]
        if _glosses(text, match.start("agency"), known.canonical):
            return None  # "She told the Associated Press (AP).": the acronym of a name just written
        if slot.ambiguous or not is_ambiguous(written) or written.isupper():
            return Credit(known.start, known.end, known.canonical, shape, True)
        return None
    written = text[start:end].strip()
    if unknown_caps and patterns.caps.fullmatch(written):
        start = text.index(written, start)
        return Credit(start, start + len(written), written, shape, False)
    return None


def _glosses(text: str, bracket: int, canonical: str) -> bool:
    """The bracket opening at `bracket` follows a name of the same agency: it spells that name's acronym ("the
    Associated Press (AP)"), it credits nothing."""
    if text[bracket - 1 : bracket] != "(":
        return False
    before = text[: bracket - 1].rstrip()
    names = _names(text)
    at = bisect_left(names.starts, len(before)) - 1
    return at >= 0 and names.found[at][1] == len(before) and _canonical(names.found[at][2]) == canonical


def _candidate_lines(text: str) -> list[tuple[int, int]]:
    """The lines that may hold a credit: those with a name of the register, or a bracket or a slash that may
    hold an acronym it does not know. Every shape lies within one line."""
    starts = {text.rfind("\n", 0, start) + 1 for start, _, _ in _names(text).found}
    starts |= {text.rfind("\n", 0, mark.start()) + 1 for mark in _patterns().unknown_slot.finditer(text)}
    lines = []
    for start in sorted(starts):
        end = text.find("\n", start)
        lines.append((start, len(text) if end < 0 else end))
    return lines


def find_credits(text: str) -> list[Credit]:
    """Every place where the text credits an agency, in order of position: a dateline, a signature or byline,
    a closing dash or bracket, the agency alone on a line, a copyright line."""
    found: dict[tuple[int, int], Credit] = {}
    lines = _candidate_lines(text)
    for pattern, shape, slot in _patterns().shapes:
        for start, end in lines:
            for match in pattern.finditer(text, start, end):
                credit = _credit(text, match, shape, slot)
                if credit is not None and (credit.start, credit.end) not in found:
                    found[credit.start, credit.end] = credit
    return sorted(found.values())
