"""The letters every pattern is built from, defined once: the capital and small letters of every supported
alphabet (Latin with its extensions — Ł, Ş, Ő, Ø —, Greek, Cyrillic), a capitalised word, phrases matched as
whole words with either apostrophe, and the folded forms names and words are compared by."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from briefparse.lang.base import alternation
from briefparse.lazy_regex import NOTHING


def _class_body(letters: list[str]) -> str:
    """The inside of a character class holding these letters, runs of consecutive ones as ranges ("A-Z"): a
    shorter pattern compiles faster."""
    codes = sorted(ord(c) for c in letters)
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


#: capital and small letters of the Latin, Greek, Cyrillic (and Armenian) blocks, for character classes (`[{UPPER}]`)
UPPER = _class_body([chr(i) for i in range(0x600) if chr(i).isupper()])
LOWER = _class_body([chr(i) for i in range(0x600) if chr(i).islower()])
#: what follows a capitalised word's capital: "ukasz" in "Łukasz", ".-Y." in "J.-Y.", "´Ryan" in "O´Ryan" (an acute
#: accent typed for the apostrophe)
CAP_WORD_TAIL = rf"(?:\.[{UPPER}])*[\w'’´]*(?:[-‐][\w'’]+)*\.?"
#: the small letter of an initial written with two letters, as a romanised Cyrillic letter is ("Ts." for Ц, "Kh." for
#: Х, "Sh.", "Ch.", "Zh.", "Yu."), right after its capital: glued to a surname ("Ts.Sukhbaatar") like a one-letter one
DIGRAPH_INITIAL = r"(?:(?<=[CKSZ])h|(?<=T)s|(?<=Y)[aeou])"
#: a word that opens with a capital: "Łukasz", "J.-Y.", "Al-Sisi", "O'Brien"
CAP_WORD = rf"[{UPPER}]{CAP_WORD_TAIL}"
#: the small vowels of the Latin, Greek and Cyrillic alphabets, folded (no accents): a word written without one is
#: contracted ("Dr", "Mgr", "Др"), as no given name is
VOWELS = frozenset("aeiouyαεηιουωаеёиоуыэюяі")
#: a word of two letters or more, no figure: what a line's words are counted by (a label, a link, a headline)
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: the marks that open or close a quotation
QUOTE_MARKS = "\"“”«»„"
#: the mark of a photo's credit, in every language ("… © Botschaft Port Luna")
COPYRIGHT_MARK = "©"
#: the half of the day after a clock time, in either case, with or without its dots ("p.m.", "p. m.", "AM")
HALF_OF_DAY = r"[aApP]\.?[^\S\n]?[mM]\.?(?!\w)"
_MIN_STEM = 3


def either_apostrophe(pattern: str) -> str:
    """The pattern with each apostrophe matching either kind (' and ’)."""
    return pattern.replace("'", "['’]")


def words(phrases) -> str:
    """Alternation of literal phrases (see `alternation`) whose apostrophes match either kind."""
    return either_apostrophe(alternation(phrases))


def starting_words(phrases) -> str:
    r"""`(?<!\w)(?:{words(phrases)})`, written with the check after each first letter (`a(?<!\w.)…`): a pattern that
    opens with it lets the regex engine skip to the letters a phrase can begin with, unless it ignores case."""
    rests: dict[str, list[str]] = {}
    for phrase in {p for p in phrases if p}:
        rests.setdefault(phrase[0], []).append(phrase[1:])
    branches = []
    for first, tails in sorted(rests.items()):
        body = alternation([t for t in tails if t]) if any(tails) else ""
        body = f"(?:{body})?" if body and "" in tails else body
        branches.append(re.escape(first) + r"(?<!\w.)" + body)
    return either_apostrophe("(?:" + "|".join(branches) + ")") if branches else NOTHING


class _CombiningMarks(dict):
    """Character code → None for a combining mark (`str.translate` drops it), else the character: the table of
    `fold`, each character looked up once, so that a word is folded in C rather than one character at a time."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        self[code] = kept = None if unicodedata.combining(char) else char
        return kept


_COMBINING_MARKS = _CombiningMarks()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics, for comparing names and words; the typographic apostrophe and the letters
    written for a glottal stop or an elision ("Mataʻafa", "Hawaiʻi", "Wakaʼaranga") as the plain apostrophe."""
    text = text.replace("’", "'").replace("ʻ", "'").replace("ʼ", "'")  # a scan in C each (see `_blank_quotes`)
    return unicodedata.normalize("NFKD", text).translate(_COMBINING_MARKS).casefold()


@lru_cache(maxsize=65536)
def stems(word: str, endings: tuple[str, ...] = ()) -> frozenset[str]:
    """The word folded, and folded without each case ending it may carry: two forms of one word share a
    stem ("Лаврова", "Лаврову" and "Лавров"; "Сергея" and "Сергей"). Without endings, the folded word alone."""
    key = fold(word)
    return frozenset([key, *(key[: -len(e)] for e in endings if key.endswith(e) and len(key) - len(e) >= _MIN_STEM)])


def same_word(a: str, b: str, endings: tuple[str, ...] = ()) -> bool:
    """Two forms of one word: equal once folded, or sharing a stem without their case endings."""
    return bool(stems(a, endings) & stems(b, endings))


@lru_cache(maxsize=65536)
def script(word: str) -> str | None:
    """The alphabet of a word's first letter ("LATIN", "CYRILLIC", "GREEK"), None for a word without a letter: one
    person's name is written in one alphabet, so a Latin word against Cyrillic ones ("АМИ Trend", "Trend Ильгару
    Гусейнову") belongs to something else, an outlet's or a body's name."""
    letter = next((c for c in word if c.isalpha()), None)
    return unicodedata.name(letter, "").split(" ")[0] or None if letter else None
