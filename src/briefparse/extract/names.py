"""Person names and the role phrases next to them, found by capitalisation and the language's role lists."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product

from briefparse.document import Document
from briefparse.lang.base import Language, alternation

_UPPER = "".join(chr(i) for i in range(0x600) if chr(i).isupper())  # Latin, Greek, Cyrillic
_LOWER = "".join(chr(i) for i in range(0x600) if chr(i).islower())
_LOWER_WORD = r"[^\W\d_][\w'’]*"
CAP_WORD = rf"[{_UPPER}](?:\.[{_UPPER}])*[\w'’]*(?:[-‐][\w'’]+)*\.?"
_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,2})"
_MAX_GAP_WORDS = 10
_NAME_REACH = 80  # characters before a comma where a name in apposition is looked for
_MAX_RUN_WORDS = 40  # a capitalised run longer than any name with its titles is cut there
_DETERMINER_REACH = 60
_TOKEN = re.compile(r"\S+")
_ROLE_TAIL = re.compile(r"[^,.;:!?()\n«»\"“”]{0,80}?(?=\s*(?:[,.;:!?()\n«»\"“”]|$))")
_INITIAL = re.compile(r"[A-Z]\.")
_MIN_STEM = 3


@dataclass(frozen=True)
class NameMatch:
    """A capitalised run that may be a person's name, honorifics and role words already cut off."""

    start: int
    end: int
    tokens: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class NamePatterns:
    name_run: re.Pattern[str]
    #: role nouns in lower case, to run on `Document.lower` (see `role_nouns_in`)
    role_noun: re.Pattern[str]
    role_prefix: re.Pattern[str]
    role_at_start: re.Pattern[str]
    honorific_at_end: re.Pattern[str]
    gap_verb: re.Pattern[str]
    gap_stop: re.Pattern[str]
    gap_place: re.Pattern[str]
    place_phrase: re.Pattern[str]
    not_names: frozenset[str]
    role_words: frozenset[str]
    territories: frozenset[str]
    territory_words: frozenset[str]  # every word of those names: a token that is none of them is not in one
    honorific_words: frozenset[str]
    nationality: re.Pattern[str]
    organisation: re.Pattern[str]
    territory: re.Pattern[str]
    #: the comma that closes an apposition, maybe with "and" after it ("…, ministre des Transports, et ")
    closing_comma: re.Pattern[str]
    #: the language's case endings, folded, longest first (`Language.case_endings`)
    endings: tuple[str, ...] = ()
    #: a word that ends with a role noun or a common noun, for languages that compound them (`Language.compounds`)
    role_end: re.Pattern[str] | None = None
    noun_end: re.Pattern[str] | None = None
    #: the end of a determiner and its adjectives, before a noun (`Language.capitalised_nouns`)
    after_determiner: re.Pattern[str] | None = None
    #: the end of an article or a preposition of place right before a capitalised run that names no one
    #: (`Language.no_name_after`)
    no_name_lead_in: re.Pattern[str] | None = None
    #: an article that opens a phrase ("The Prime Minister", "l'agence")
    leading_determiner: re.Pattern[str] | None = None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics, for comparing names and words."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def stems(word: str, endings: tuple[str, ...] = ()) -> frozenset[str]:
    """The word folded, and folded without each case ending it may carry: two forms of one word share a
    stem ("Лаврова", "Лаврову" and "Лавров"; "Сергея" and "Сергей"). Without endings, the folded word alone."""
    key = fold(word)
    return frozenset([key, *(key[: -len(e)] for e in endings if key.endswith(e) and len(key) - len(e) >= _MIN_STEM)])


def same_word(a: str, b: str, endings: tuple[str, ...] = ()) -> bool:
    """Two forms of one word: equal once folded, or sharing a stem without their case endings."""
    return bool(stems(a, endings) & stems(b, endings))


@cache
def name_patterns(language: Language) -> NamePatterns:
    """Compile a language's name and role patterns once."""
    particles = alternation(language.name_particles)
    prefixed = rf"(?:{particles})[-‐]{CAP_WORD}"
    suffix = alternation({s.rstrip(".") for s in language.name_suffixes})
    run = rf"(?<![\w'’-]){CAP_WORD}(?:\s+(?:(?:{particles})\s+)*(?:{CAP_WORD}|{prefixed}|{_ROMAN}|(?:{suffix})\.?))"
    run += f"{{0,{_MAX_RUN_WORDS}}}"  # bounded: the regex engine keeps state for every repetition
    roles = alternation(language.roles).replace("'", "['’]")
    roles_lower = alternation({r.lower() for r in language.roles}).replace("'", "['’]")
    nationality = alternation(language.nationalities)
    role_words = {w for role in language.roles for w in fold(role).replace("-", " ").split()}
    verbs = alternation([v for verbs in language.event_verbs.values() for v in verbs]).replace("'", "['’]")
    endings = tuple(sorted({fold(e) for e in language.case_endings}, key=len, reverse=True))
    compound = r"(?:[^\W\d_]+-?)?" if language.compounds else ""
    determiners = alternation(language.determiners).replace("'", "['’]")
    # the words that end an apposition after a name: its clause goes on ("X, ministre des Finances, a déclaré")
    clause_verbs = alternation(
        {w.lower() for w in (*language.auxiliaries, *language.speech_verbs, *language.counterpart_words)}
    ).replace("'", "['’]")
    no_name_after = alternation(language.no_name_after).replace("'", "['’]")

    def keys(words) -> frozenset[str]:
        return frozenset(k for w in words for k in stems(w, endings))

    return NamePatterns(
        name_run=re.compile(run),
        role_noun=re.compile(rf"(?<![\w-]){compound}(?:{roles_lower})(?![\w-])"),
        role_prefix=re.compile(
            rf"(?:(?:(?i:{nationality})|{CAP_WORD}['’]s|{CAP_WORD})[^\S\n]+){{1,3}}$"
            rf"|{CAP_WORD}['’]s[^\S\n]+(?:[{_LOWER}][\w-]*[^\S\n]+){{1,2}}$"  # "Chile's economy minister"
        ),
        gap_stop=re.compile(
            rf"\d|(?<!\w)(?:{alternation(language.weekdays)}|{alternation(language.months)})(?!\w)", re.I
        ),
        gap_place=re.compile(rf"(?<!\w)(?:{alternation(language.place_prepositions)})\s*$"),
        place_phrase=re.compile(rf"\s(?:{alternation(language.place_prepositions)})\s+[{_UPPER}]"),
        role_at_start=re.compile(
            rf"[\"”»]?\s*,\s*(?P<role>(?:(?:[^\W\d_][\w'’-]*\s+){{0,3}}){compound}(?:{roles})(?!\w)"
            rf"[^.;:!?()\n«»\"“”]{{0,140}}?)(?=\s*(?:[,.;:()]|$|\s+(?:{clause_verbs})\s))",
            re.I,
        ),
        honorific_at_end=re.compile(rf"(?<!\w)(?:{alternation(language.honorifics)})\s*$"),
        gap_verb=re.compile(rf"(?<!\w)(?:{verbs})(?!\w)|[.;:!?\n«»\"“”]", re.I),
        not_names=keys(language.not_names)
        | keys(m for m in language.months if len(m) > 3)  # "Jan", "May" may be names
        | keys(language.weekdays),
        role_words=keys(role_words) | keys(language.nationalities),
        territories=frozenset(fold(t) for t in language.territories)
        | frozenset(
            " ".join(c) for t in language.territories for c in product(*(stems(w, endings) for w in t.split()))
        ),
        territory_words=frozenset(
            stem for t in language.territories for w in t.split() for stem in stems(w, endings)
        ),
        honorific_words=frozenset(fold(w).rstrip(".") for h in language.honorifics for w in h.split()),
        nationality=re.compile(rf"(?<!\w)(?:{alternation({fold(a) for a in language.nationalities})})(?!\w)"),
        organisation=re.compile(rf"(?<!\w)(?:{alternation(language.organisations)})(?!\w)"),
        territory=re.compile(rf"(?<!\w)(?:{alternation({fold(t) for t in language.territory_names})})(?!\w)"),
        endings=endings,
        role_end=re.compile(rf"(?:{alternation({w for w in role_words if len(w) > 3})})$")
        if language.compounds
        else None,
        noun_end=re.compile(rf"(?:{alternation({w for w in keys(language.not_names) if len(w) > 4})})$")
        if language.compounds
        else None,
        after_determiner=re.compile(rf"(?<!\w)(?:{determiners})\s+(?:[^\W\d_A-ZÀ-ÞА-ЯЁ][\w-]*\s+){{0,2}}$", re.I)
        if language.capitalised_nouns and language.determiners
        else None,
        closing_comma=re.compile(rf",\s*(?:(?:{alternation(language.counterpart_words)})\s+)?$", re.I),
        leading_determiner=re.compile(rf"(?:{determiners})(?:\s+|(?<=['’]))", re.I) if language.determiners else None,
        no_name_lead_in=re.compile(
            rf"(?<!\w)(?:{no_name_after})(?:\s+|(?<=['’]))$",
            re.I,
        )
        if language.no_name_after
        else None,
    )


def _name_tokens(tokens: list[str], patterns: NamePatterns, language: Language) -> tuple[int, int]:
    """Indexes [first, last) of the name inside a capitalised run: the last stretch of tokens that are not
    honorifics, role words, nationality adjectives, country names or common capitalised words. Only that
    stretch is looked at, from the end."""
    forms: dict[int, frozenset[str]] = {}

    def form(i: int) -> frozenset[str]:
        if i not in forms:
            forms[i] = stems(tokens[i].rstrip(".,"), patterns.endings)
        return forms[i]

    def in_territory(i: int) -> bool:
        if not form(i) & patterns.territory_words:
            return False
        for size in (3, 2, 1):
            for j in range(max(0, i - size + 1), min(i, len(tokens) - size) + 1):
                window = [form(k) for k in range(j, j + size)]
                if any(" ".join(c) in patterns.territories for c in product(*window)):
                    return True
        return False

    def kept(i: int) -> bool:
        return not _droppable(tokens[i], patterns, patterns.honorific_words) and not in_territory(i)

    last = len(tokens)
    if not kept(last - 1):
        return 0, 0  # a name ends its run; "Grand National Assembly" is an institution
    first = last - 1
    while first > 0 and (fold(tokens[first - 1]) in language.name_particles or kept(first - 1)):
        first -= 1
    while first < last and (fold(tokens[first]) in language.name_particles or _is_shouted(tokens[first])):
        first += 1
    return first, last


@lru_cache(maxsize=16384)
def _droppable(token: str, patterns: NamePatterns, honorific_words: frozenset[str]) -> bool:
    """A word that cannot be part of a name: honorific, role, nationality, possessive, common capitalised word."""
    key = fold(token).rstrip(".,")
    if key.endswith("'s") or key in honorific_words:
        return True
    parts = [p for p in key.replace("‐", "-").split("-") if p]
    return all(_is_common_word(p, patterns) for p in parts)


def _is_common_word(part: str, patterns: NamePatterns) -> bool:
    """A common capitalised word or a role word, in any case form; with compounding, a word ending in a role."""
    forms = stems(part, patterns.endings)
    if forms & patterns.not_names or forms & patterns.role_words:
        return True
    return any(end is not None and any(end.search(f) for f in forms) for end in (patterns.role_end, patterns.noun_end))


def _is_shouted(token: str) -> bool:
    """An all-capitals word such as a dateline city ("OTTAWA"), not an initial or a roman numeral."""
    letters = token.strip(".,")
    return len(letters) > 3 and letters.isupper()


def find_names(text: str, start: int, end: int, language: Language) -> list[NameMatch]:
    """Capitalised runs in text[start:end] that remain after cutting honorifics and role words."""
    patterns = name_patterns(language)
    out = []
    for match in patterns.name_run.finditer(text, start, end):
        run = match.group(0)
        if " " not in run and _droppable(run.rstrip(","), patterns, patterns.honorific_words):
            continue  # one common word ("Le", "The", "Minister"): the usual case, decided at once
        pieces = list(_TOKEN.finditer(match.group(0)))
        tokens = [p.group(0).rstrip(",") for p in pieces]
        while len(tokens) > 1 and tokens[-1].rstrip(".") in language.post_nominals:
            tokens.pop()  # "Rebecca Ashworth MP"
            pieces.pop()
        first, last = _name_tokens(tokens, patterns, language)
        lead_in = max(0, match.start() - _DETERMINER_REACH)
        if first == 0 and patterns.no_name_lead_in and patterns.no_name_lead_in.search(text, lead_in, match.start()):
            continue  # "towards a Strengthened Heart of Asia Region", "in Santo Domingo": no one
        if first == 0 and patterns.after_determiner and patterns.after_determiner.search(text, lead_in, match.start()):
            first = 1  # "der Ernennung von Heiko Maas": a noun, then maybe a particle
            while first < last and fold(tokens[first]) in language.name_particles:
                first += 1
        if first >= last:
            continue
        begin = match.start() + pieces[first].start()
        finish = match.start() + pieces[last - 1].start() + len(tokens[last - 1])
        words = tuple(t.rstrip(".") for t in tokens[first:last])
        kept_dot = _INITIAL.fullmatch(tokens[last - 1]) or tokens[last - 1] in language.name_suffixes
        if text[finish - 1] == "." and not kept_dot:
            finish -= 1
        out.append(NameMatch(begin, finish, words))
    return out


def role_nouns_in(doc: Document, start: int, end: int) -> list[re.Match[str]]:
    """The role nouns that lie within [start, end), from one scan of the document kept in its memo."""
    if "role_nouns" not in doc.memo:
        matches = list(name_patterns(doc.language).role_noun.finditer(doc.lower))
        doc.memo["role_nouns"] = ([m.start() for m in matches], matches)
    starts, matches = doc.memo["role_nouns"]
    return [m for m in matches[bisect_left(starts, start) : bisect_left(starts, end)] if m.end() <= end]


def role_before(doc: Document, sentence_start: int, name_start: int) -> tuple[int, int] | None:
    """Offsets of the role phrase that ends just before a name ("le ministre russe des Affaires étrangères, ")."""
    text, language = doc.text, doc.language
    patterns = name_patterns(language)
    window_start = max(sentence_start, name_start - 160)
    nouns = role_nouns_in(doc, window_start, name_start)
    if not nouns:
        return None
    noun = nouns[-1]
    end = name_start
    honorific = patterns.honorific_at_end.search(text, noun.end(), end)
    if honorific:
        end = honorific.start()
    gap = text[noun.end() : end]
    # a place inside the role ("Ambassador to Malawi, Mr. X") when a comma or an honorific closes it; else a
    # place ends the role ("le ministre a reçu à Rabat X")
    closed = bool(honorific) or gap.rstrip().endswith(",")
    if (
        len(gap.split()) > _MAX_GAP_WORDS
        or patterns.gap_verb.search(gap)
        or patterns.gap_stop.search(gap)
        or (not closed and patterns.place_phrase.search(gap))
        or patterns.gap_place.search(gap)
        or any(len(other.tokens) >= 2 for other in find_names(text, noun.end(), end, language))
    ):
        return None
    start = _role_start(text, noun.start(), window_start, patterns)
    if patterns.closing_comma.search(gap) and _apposition_of_previous_name(text, window_start, start, language):
        return None  # "X, ministre polonaise …, M. Y": the role is X's apposition, not Y's title
    while end > start and text[end - 1] in " ,–—-":
        end -= 1
    return start, end


def _apposition_of_previous_name(text: str, floor: int, role_start: int, language: Language) -> bool:
    """True when the role phrase comes right after a full name and a comma ("X, Poland's minister, Y"; its
    caller checks the comma after it): it is that name's apposition."""
    before = text[floor:role_start].rstrip()
    if not before.endswith(","):
        return False
    comma = floor + len(before) - 1
    names = find_names(text, max(floor, comma - _NAME_REACH), comma, language)
    return bool(names) and names[-1].end == comma and len(names[-1].tokens) >= 2


def _role_start(text: str, noun_start: int, floor: int, patterns: NamePatterns) -> int:
    """Where a role phrase begins: its nationality or organisation words before the noun, without an opening
    article ("The Prime Minister" is the role "Prime Minister")."""
    prefix = patterns.role_prefix.search(text, max(floor, noun_start - 60), noun_start)
    if not prefix or prefix.end() != noun_start:
        return noun_start
    opening = patterns.leading_determiner
    article = opening.match(text, prefix.start(), noun_start) if opening else None
    return article.end() if article else prefix.start()


def role_extent(text: str, noun_start: int, noun_end: int, limit: int, language: Language) -> tuple[int, int]:
    """A bare role's whole phrase: the nationality or organisation before its noun ("the UN Secretary-General",
    "the Slovak minister") and its complement up to punctuation, a date, or a place ("… of Azerbaijan in Baku")."""
    patterns = name_patterns(language)
    start = _role_start(text, noun_start, 0, patterns)
    tail = _ROLE_TAIL.match(text, noun_end, limit)
    end = tail.end() if tail else noun_end
    stops = (patterns.gap_stop.search(text, noun_end, end), _place_in(patterns, text, noun_end, end))
    verb = patterns.gap_verb.search(text, noun_end, end)  # "the Secretary-General welcomes …"
    ends = [m.start() for m in (*stops, verb) if m]
    if ends:
        end = min(ends)
    while end > noun_end and text[end - 1] in " ,–—-":
        end -= 1
    return start, end


def _place_in(patterns: NamePatterns, text: str, start: int, end: int) -> re.Match[str] | None:
    return patterns.place_phrase.search(text, start, end)


def role_after(text: str, name_end: int, sentence_end: int, language: Language) -> tuple[int, int] | None:
    """Offsets of a role phrase in apposition after a name (", secrétaire général de l'ONU")."""
    match = name_patterns(language).role_at_start.match(text, name_end, sentence_end)
    if not match:
        return None
    return match.start("role"), match.end("role")


def nationality_country(role: str, language: Language) -> str | None:
    """The country or organisation that a role phrase names or implies: a nationality adjective, an
    organisation, or a country's own name ("Minister of Foreign Affairs of Azerbaijan")."""
    patterns = name_patterns(language)
    folded = fold(role)
    adjective = patterns.nationality.search(folded)
    if adjective:
        return _folded_nationalities(language)[adjective.group(0)]
    organisation = patterns.organisation.search(role)
    if organisation:
        return language.organisations[organisation.group(0)]
    country = patterns.territory.search(folded)
    return _territory_names(language)[country.group(0)] if country else None


@cache
def _territory_names(language: Language) -> dict[str, str]:
    return {fold(name): name for name in language.territory_names}


@cache
def _folded_nationalities(language: Language) -> dict[str, str]:
    return {fold(adjective): country for adjective, country in language.nationalities.items()}
