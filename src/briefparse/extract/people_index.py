"""The people a brief names, as the people extractor gathers them: each person with the forms of their name,
their role and every mention, indexed so that matching a name against those already found stays cheap."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice

from briefparse.analysis.names import NameMatch
from briefparse.document import Document
from briefparse.lang.base import Language
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import fold, same_word, stems
from briefparse.models import Span

_MAX_CANDIDATES = 64
_MAX_INITIALS = 3  # initials of a given name and a patronymic, at most ("С.В.", "J.R.R.")
#: the words that join a name to a father's name in Arabic, Malay and Maghreb names
_PATRONYMICS = frozenset({"bin", "ben", "ibn", "bint", "binti", "ould", "mint"})
_MIN_VARIANT_LETTERS = 4  # a shorter word a letter off is another name ("Ali", "Alu")


@dataclass(eq=False)
class Person:
    """A person found in the brief: the fullest form of the name, the role, every mention."""

    tokens: tuple[str, ...]
    name: str | None
    role: Span | None = None
    #: the country a title is of, written after the name ("der Niederlande" in "König X der Niederlande")
    role_of: Span | None = None
    #: a second role in apposition after the name, when one stands before it too ("Bundesrätin X, Vorsteherin des …")
    apposition: Span | None = None
    #: an office a comma chains before the role, the sentence's subject ("the chairman of the bloc" in "the chairman
    #: of the bloc, Valdor's President X"): said first, while the country is the role's
    chained_office: Span | None = None
    #: a role a plural gives to each name of its list ("ambassadeur du Royaume de Suède"), when none stands by the name
    listed_role: str | None = None
    mentions: list[Span] = field(default_factory=list)
    #: where the person first appears: the first mention by name, or by role for the unnamed
    first: int = 0
    participant: bool = False
    #: a bare role of a country the brief may give this person, the one named without a role, once they take part
    pending_role: Span | None = None
    #: the first item of a list whose office this person holds too, given only by the list ("посол Украины X,
    #: Чехии - Y"): the items of a list take part with their first
    list_head: Person | None = None
    #: the country in brackets (or after a dash) right after the name in a list of envoys or leaders ("X (Angola)")
    country: Span | None = None


class PeopleIndex:
    """The people found so far, indexed by the stems of their last name word, of their first two words, and
    of their first word: matching a name against them stays cheap however many names a page holds."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.endings = compiled(language).names.endings
        self.found: list[Person] = []
        self._by_key: dict[tuple[str, ...], dict[int, Person]] = {}
        self._by_first: dict[str, dict[int, Person]] = {}

    def matching(self, tokens: tuple[str, ...]) -> list[Person]:
        """Known people whose name is this one, or a part of it, or contains it: a name ends with the same
        word as theirs, or begins with the same two words."""
        seen: dict[int, Person] = {}
        buckets = [self._by_key.get(key, {}) for key in self._keys(tokens)]
        if len(tokens) > 1:  # "Macky Dall" for "Macky Sall": a misspelt surname, filed under the first name
            buckets += [self._by_first.get(stem, {}) for stem in stems(tokens[0], self.endings)]
        for bucket in buckets:
            # the latest few people filed under a word: a page naming hundreds of people who share one
            # surname stays linear (an older namesake may then go unmatched)
            for person in islice(reversed(bucket.values()), _MAX_CANDIDATES):
                seen[id(person)] = person
        found = []
        for person in seen.values():
            if same_person(person.tokens, tokens, self.language):
                found.append(person)
                if len(tokens) == 1 and len(found) == 2:
                    break  # a lone word that two people share names neither: no need to count them all
        return found

    def only_one_starting_with(self, forms: frozenset[str]) -> Person | None:
        """The one known person whose name has two words or more and begins with a word of one of these
        forms; None when there is none, or several."""
        found: dict[int, Person] = {}
        for form in forms:
            bucket = self._by_first.get(form, {})
            if len(bucket) > 1:
                return None
            found.update(bucket)
        return next(iter(found.values())) if len(found) == 1 else None

    def ending_with(self, forms: frozenset[str]) -> bool:
        """Whether a known name ends with a word of one of these forms."""
        return any((form,) in self._by_key for form in forms)

    def _keys(self, tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
        keys = [(stem,) for i in _surname_ends(tokens, self.language) for stem in stems(tokens[i], self.endings)]
        if len(tokens) > 1:
            keys += [(a, b) for a in stems(tokens[0], self.endings) for b in stems(tokens[1], self.endings)]
        return keys

    def merge(self, match: NameMatch, doc: Document) -> Person:
        """Add a mention to the person it names, or a new person; keep the fullest form of the name."""
        span = doc.span(match.start, match.end)
        known = self.matching(match.tokens)
        if known:
            person = min(known, key=lambda p: p.first)
            person.mentions.append(span)
            same_length = len(match.tokens) == len(person.tokens)
            pairs = list(zip(match.tokens, person.tokens, strict=True)) if same_length else []
            abbreviated = any(_initials_of(new, old) for new, old in pairs)  # "С.В. Лаврова" after "Сергей Лавров"
            written_out = any(_initials_of(old, new) for new, old in pairs)  # and the other way round
            shorter = bool(pairs) and len(span.text) < len(person.name or "") and not abbreviated
            # shorter: the nominative, "Сергей Лавров"
            if len(match.tokens) > len(person.tokens) or shorter or written_out:
                person.tokens, person.name = match.tokens, span.text
                self._index(person)
            return person
        person = Person(tokens=match.tokens, name=span.text, mentions=[span], first=span.start)
        self.found.append(person)
        self._index(person)
        return person

    def _index(self, person: Person) -> None:
        """File the person under the last word of the name (a name that is the same ends alike, see
        `_same_person`), its first two words, and its first word."""
        for key in self._keys(person.tokens):
            self._by_key.setdefault(key, {})[id(person)] = person
        if len(person.tokens) > 1:
            for stem in stems(person.tokens[0], self.endings):
                self._by_first.setdefault(stem, {})[id(person)] = person


def same_person(tokens: tuple[str, ...], other: tuple[str, ...], language: Language) -> bool:
    """One name is a part of the other, ending alike: "Baïramov" and "Djeyhoun Baïramov"; words compared in
    any case form ("Лаврова" and "Сергей Лавров")."""
    endings = compiled(language).names.endings
    short, long = (tokens, other) if len(tokens) <= len(other) else (other, tokens)

    def same(a: str, b: str) -> bool:
        return same_word(a, b, endings) or _initials_of(a, b) or _initials_of(b, a)

    if len(short) > 1 and _son_of(long) and not same(short[0], long[0]):
        return False  # "Mohammed bin Rashid Al Maktoum" is not "Hamdan bin Mohammed bin Rashid Al Maktoum", his son
    return (
        (
            any(same(short[-1], long[i]) for i in _surname_ends(long, language))
            and all(any(same(t, u) for u in long) for t in short)
        )
        or (len(short) > 1 and all(same(t, u) for t, u in zip(short, long, strict=False)))
        or (len(long) > 1 and _spelt_otherwise(short, long))
        or (len(short) > 1 and same(short[0], long[0]) and _in_order(short[1:], long[1:], same))
        or (len(short) > 1 and _within(short, long, same))
    )


def _within(short: tuple[str, ...], long: tuple[str, ...], same: Callable[[str, str], bool]) -> bool:
    """`short` stands word for word inside `long`, neither its first word nor its last: "Sama Lukonde" in
    "Jean-Michel Sama Lukonde Kyenge", a name given by its middle, compound surname."""
    return any(
        all(same(t, u) for t, u in zip(short, long[i : i + len(short)], strict=True))
        for i in range(1, len(long) - len(short))
    )


def _in_order(short: tuple[str, ...], long: tuple[str, ...], same: Callable[[str, str], bool]) -> bool:
    """Every word of `short` stands in `long`, in the same order: "Félix Tshisekedi" in "Félix Antoine Tshisekedi
    Tshilombo", a given name and a surname of a name that adds a middle name and a second surname."""
    rest = iter(long)
    return all(any(same(word, other) for other in rest) for word in short)


def _surname_ends(tokens: tuple[str, ...], language: Language) -> list[int]:
    """Where a shorter form of the name may end: its last word, and the first word of a compound surname that a
    particle joins, after a given name ("Arévalo" of "Bernardo Arévalo de León")."""
    ends = [len(tokens) - 1]
    for i in range(1, len(tokens) - 2):
        if tokens[i + 1].islower() and fold(tokens[i + 1]) in language.name_particles:
            ends.append(i)
            break
    return ends


def _initials_of(initials: str, word: str) -> bool:
    """`initials` are a given name's initials, `word` that given name written out: "С.В" and "Сергей" in
    "С.В. Лавров" and "Сергей Лавров", "Э" and "Энтони"."""
    if initials[:1] != word[:1] or len(word) <= _MAX_INITIALS or not word[1:2].islower():
        return False  # the usual pair, two words written out, told at once: the first initial opens the word
    letters = initials.rstrip(".").split(".")
    return (
        word[:1].isupper()
        and len(letters) <= _MAX_INITIALS
        and all(len(letter) == 1 and letter.isupper() for letter in letters)
        and letters[0] == word[0]
    )


def _son_of(tokens: tuple[str, ...]) -> bool:
    """A name that chains a father's name after the person's own ("X bin Y", "X ould Y", "X ibn Y"): its later words
    name the father, who may be named in the same brief."""
    return any(fold(t) in _PATRONYMICS for t in tokens[1:-1])


def _spelt_otherwise(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """The same name of two words or more written another way in the same brief: joined by a hyphen or not ("El
    Ghazouani", "El-Ghazouani"), or one word a letter off ("Ghazouani", "Ghazaouani"; "Abdoulaye", "Aboulaye"),
    every other word the same."""
    folded = [fold(t).replace("-", "") for t in short], [fold(t).replace("-", "") for t in long]
    if "".join(folded[0]) == "".join(folded[1]):
        return True
    if len(short) != len(long):
        return False
    differing = [(a, b) for a, b in zip(*folded, strict=True) if a != b]
    return (
        len(differing) == 1 and min(map(len, differing[0])) >= _MIN_VARIANT_LETTERS and _one_letter_off(*differing[0])
    )


def _one_letter_off(a: str, b: str) -> bool:
    """One letter changed, added or left out."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    shorter, longer = sorted((a, b), key=len)
    cut = next((i for i, (x, y) in enumerate(zip(shorter, longer, strict=False)) if x != y), len(shorter))
    return shorter[cut:] == longer[cut + 1 :]


class Mentions:
    """Every mention of every person, in text order, so that a sentence finds its own in a few steps."""

    def __init__(self, people: list[Person]) -> None:
        self.entries = sorted((m.start, m.end, id(p), p) for p in people for m in p.mentions)

    def add(self, person: Person, span: Span) -> None:
        insort(self.entries, (span.start, span.end, id(person), person))

    def within(self, start: int, end: int) -> list[tuple[int, int, int, Person]]:
        """Mentions that begin in [start, end)."""
        return self.entries[bisect_left(self.entries, (start,)) : bisect_left(self.entries, (end,))]
