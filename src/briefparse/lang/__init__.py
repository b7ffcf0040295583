"""Language registry: every module of this package named by a two-letter ISO 639-1 code (fr.py, en.py…) that
defines LANGUAGE is a supported language.

Adding a language means adding one file here with the same shape as fr.py and en.py. The other modules are
shared by every language: `base` (the shape), `letters` (character classes), `cldr` (calendar and country
names), `compiled` (the patterns built from a language, once), `bylines` (the page reader's byline words).
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
import re
from collections import Counter
from functools import cache
from pathlib import Path

from briefparse import kept_patterns, lazy_regex
from briefparse.errors import BriefparseError
from briefparse.lang._unsupported import STOPWORDS as UNSUPPORTED_STOPWORDS
from briefparse.lang.base import Language

__all__ = ["Language", "detect_language", "get_language", "script_language", "supported_languages"]

#: scripts that name their language outright (ISO 639-1), checked in this order: kana before Han
_SCRIPTS = (
    ("ja", ((0x3040, 0x30FF),)),
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF))),
    ("th", ((0x0E00, 0x0E7F),)),
    ("zh", ((0x4E00, 0x9FFF),)),
    ("ar", ((0x0600, 0x06FF),)),
    ("he", ((0x0590, 0x05FF),)),
    ("el", ((0x0370, 0x03FF),)),
)
_SCRIPT_SHARE = 0.3

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE_CHARS = 5000
_MIN_HITS = 3
_MIN_SHARE = 0.06
_SHORT_TEXT_WORDS = 25
_VOCABULARY_WEIGHT = 0.5


@cache
def _registry() -> dict[str, Language]:
    """Every supported language, by code: each language module imported."""
    languages: dict[str, Language] = {}
    for name in _language_modules():
        language = _module_language(name)
        if language is not None:
            languages[language.code] = language
    return languages


@cache
def _language_modules() -> tuple[str, ...]:
    """The names of the language modules, found without importing them."""
    return tuple(module.name for module in pkgutil.iter_modules(__path__) if len(module.name) == 2)


@cache
def _module_language(name: str) -> Language | None:
    """The LANGUAGE a language module defines, the module imported on first use: a brief imports the languages it
    is read in (and English, for the dates a page's template writes), not every one."""
    language = getattr(importlib.import_module(f"{__name__}.{name}"), "LANGUAGE", None)
    return language if isinstance(language, Language) else None


@cache
def _word_lists() -> dict[str, frozenset[str]]:
    """Frequent words of every supported language, and of the unsupported ones that detection must tell
    apart from them (see `_unsupported`)."""
    lists = {code: language.stopwords for code, language in _registry().items()}
    for code, words in UNSUPPORTED_STOPWORDS.items():
        lists.setdefault(code, words)
    return lists


@cache
def _word_weights() -> dict[str, float]:
    """A frequent word counts 1/n for each of the n languages that share it ("de": French, Spanish, Dutch…)."""
    counts = Counter(word for words in _word_lists().values() for word in words)
    return {word: 1 / n for word, n in counts.items()}


@cache
def _vocabulary() -> dict[str, dict[str, float]]:
    """Content words that each supported language's data already names (roles, event verbs, nationality
    adjectives, speech verbs, publication cues), weighted like frequent words: 1/n when n languages
    share one. Calendar names are left to short texts: they would load every language's CLDR data."""
    words = {
        code: {word for word in _WORD.findall(_phrases(language).lower()) if len(word) > 3}
        for code, language in _registry().items()
    }
    shared = Counter(word for listed in words.values() for word in listed)
    return {code: {word: _VOCABULARY_WEIGHT / shared[word] for word in listed} for code, listed in words.items()}


def _phrases(language: Language) -> str:
    """The phrases of `_vocabulary`, one a line: their words are found in one pass (no word holds a line break)."""
    return "\n".join(
        (
            *language.roles,
            *(v for vs in language.event_verbs.values() for v in vs),
            *language.nationalities,
            *language.speech_verbs,
            *language.publication_cues,
        )
    )


#: what detection reads: the supported languages' codes, every listed language's code (supported first, then the
#: unsupported ones of `_unsupported`), and `_evidence_table`
_Detection = tuple[tuple[str, ...], tuple[str, ...], dict[str, tuple[tuple[str, float], ...]]]


@cache
def sources_digest() -> bytes:
    """A digest of the code and data of this package, where every language's lists are written, and of the module
    of the lazy patterns built from them, read once a run: what is derived from them and kept between runs
    (`kept_patterns.kept_value`) is kept under it, and built again when any of them changes. Empty for a package
    loaded from elsewhere than source files: nothing is kept."""
    return _digest_of_sources()


def sources_unchanged() -> bool:
    """Whether the source files are still those `sources_digest` read: a value built after they were edited in the
    middle of a run is not kept under the digest of the files the run did not load."""
    return _digest_of_sources() == sources_digest()


def _digest_of_sources() -> bytes:
    """`sources_digest`, read from the files now."""
    try:
        folder = Path(__file__).parent
        paths = sorted(folder.glob("*.py"))
        if not paths:
            return b""
        paths.append(Path(lazy_regex.__file__))
        return hashlib.sha256(b"".join(path.name.encode() + b"\0" + path.read_bytes() for path in paths)).digest()
    except OSError:
        return b""


@cache
def _detection() -> _Detection:
    """What detection reads, built once per machine and kept (`kept_patterns.kept_value`) under `sources_digest`:
    a run then imports no language module to detect the language of a text, only the one it finds."""
    key = sources_digest()
    if not key:  # built in every run
        return _detection_data()
    return kept_patterns.kept_value("language-detection", key, _detection_data, tuple, sources_unchanged)


def _detection_data() -> _Detection:
    """`_detection`, from the imported languages."""
    return tuple(_registry()), tuple(_word_lists()), _evidence_table()


def _evidence_table() -> dict[str, tuple[tuple[str, float], ...]]:
    """word → (language, weight) for every frequent or known word: one dictionary lookup per word of a text."""
    table: dict[str, list[tuple[str, float]]] = {}
    weights = _word_weights()
    for code, listed in _word_lists().items():
        for word in listed:
            table.setdefault(word, []).append((code, weights[word]))
    for code, vocabulary in _vocabulary().items():
        for word, weight in vocabulary.items():
            table.setdefault(word, []).append((code, weight))
    # the 7 495 words share 96 distinct tuples: one object each, which the kept table writes once and reads back
    # once (`marshal` refers to an object met before)
    shared: dict[tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]] = {}
    return {word: shared.setdefault(tuple(pairs), tuple(pairs)) for word, pairs in table.items()}


def supported_languages() -> list[str]:
    """ISO 639-1 codes of the languages briefparse knows."""
    return sorted(_detection()[0])


def get_language(code: str) -> Language | None:
    """The language for an ISO 639-1 code; 'auto' detects, 'unknown' means none."""
    code = code.lower()
    if code == "unknown":
        return None
    language = _module_language(code[:2]) if code[:2] in _language_modules() else None
    if language is None or language.code != code[:2]:  # a module that defines another code, or none
        language = _registry().get(code[:2])
    if language is None:
        known = ", ".join(supported_languages())
        raise BriefparseError(f"unsupported language {code!r} (known: {known})")
    return language


def detect_language(text: str, hint: str | None = None) -> Language | None:
    """The supported language whose frequent words fill most of the text, or None when none fits or
    when the words of a language briefparse does not support fit better.

    Short texts (a dateline, one sentence) may name a month or weekday rather than frequent words, and a brief of
    a few lines whose words are mostly names and elided forms ("l'ambassadeur") may fill the rest with them.
    """
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower().replace("’", "'"))
    if not words:
        return None
    supported, listed, evidence = _detection()
    scores = dict.fromkeys(listed, 0.0)
    for pairs in filter(None, map(evidence.get, words)):  # most words are in no list: skipped in C
        for code, weight in pairs:
            scores[code] += weight
    if hint in scores:
        scores[hint] += 1
    needed = 1 if len(words) < _SHORT_TEXT_WORDS else max(_MIN_HITS, _MIN_SHARE * len(words))
    best = _winner(scores, needed, supported)
    if best is None:  # calendar names load CLDR data: only when the words left it open
        for code, lang in _registry().items():
            scores[code] += sum(len(w) > 3 and (w in lang.months or w in lang.weekdays) for w in words)
        best = _winner(scores, needed, supported)
    return best


def _winner(scores: dict[str, float], needed: float, supported: tuple[str, ...]) -> Language | None:
    """The best supported language, if it reaches `needed`, beats every unsupported rival and has no tie."""
    ranked = sorted(supported, key=lambda code: scores[code], reverse=True)
    best = ranked[0]
    rival = max((score for code, score in scores.items() if code not in supported), default=0)
    if scores[best] < needed or rival > scores[best] or (len(ranked) > 1 and scores[ranked[1]] >= scores[best]):
        return None
    return get_language(best)


def script_language(text: str) -> str | None:
    """The language a text's script names by itself (Thai, Hangul, kana, Han, Arabic, Hebrew, Greek), when
    that script makes up a good share of its letters; None otherwise. For languages briefparse does not parse."""
    sample = text[:_SAMPLE_CHARS]
    letters = sum(c.isalpha() for c in sample)
    if not letters:
        return None
    for code, ranges in _SCRIPTS:
        count = sum(1 for c in sample if any(low <= ord(c) <= high for low, high in ranges))
        if count >= _SCRIPT_SHARE * letters:
            return code
    return None
