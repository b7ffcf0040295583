"""People: persons with their roles, merged across mentions, split into participants and the merely mentioned.

A capitalised run of two or more words is a person when a role or honorific stands next to it,
or when its last word comes back alone elsewhere; a single word is only ever a further mention
of a known person. A person takes part in the event when mentioned in a sentence that reports
it (see `event_windows`), unless right after a "mention" cue ("greetings of", "au nom de").
A role named alone in such a sentence ("the Secretary-General") is the known person with that
role, or else an unnamed participant.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice, pairwise

from briefparse.document import Document, Segment
from briefparse.extract.cues import (
    BULLETS,
    CORE_EVENTS,
    event_sentences,
    events_in,
    first_event,
    is_boilerplate,
    is_caption,
    teaser_starts,
)
from briefparse.extract.names import (
    NameMatch,
    find_names,
    nationality_country,
    role_after,
    role_before,
    role_extent,
    role_nouns_in,
)
from briefparse.lang.base import Language
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import fold, same_word, stems
from briefparse.models import Participant, Span
from briefparse.ranges import Ranges

_LEAD_EVENTS = 2
_MAX_CANDIDATES = 64
_NEAR_EVENT_CHARS = 30
_MIN_OPENING_WORDS = 6
_CLAUSE_BREAK = re.compile(r"[,.;:!?()«»\"“”\n]")
_APPOSITION_CHARS = 160
_WORD = re.compile(r"\w(?:[\w'’.-]*\w)?")
_ROLE_REACH = 200
_POSSESSOR_REACH = 40  # characters before an event word where "his", "sa", "sein" is looked for


@dataclass(eq=False)
class _Person:
    tokens: tuple[str, ...]
    name: str | None
    role: Span | None = None
    mentions: list[Span] = field(default_factory=list)
    #: where the person first appears: the first mention by name, or by role for the unnamed
    first: int = 0
    participant: bool = False


def _find_people(doc: Document) -> list[_Person]:
    language, text = doc.language, doc.text
    people = _People(language)
    loose: list[NameMatch] = []
    for sentence in doc.sentences:
        for match in find_names(text, sentence.start, sentence.end, language):
            role = role_before(doc, sentence.start, match.start) or role_after(
                text, match.end, sentence.end, language
            )
            honorific = compiled(language).names.honorific_at_end.search(text, max(0, match.start - 40), match.start)
            if (role or honorific) and len(match.tokens) >= 2:
                person = people.merge(match, doc)
                if role and person.role is None:
                    person.role = doc.span(*role)
            else:
                loose.append(match)
    for match in loose:
        known = people.matching(match.tokens) or _by_first_word(people, match.tokens, language)
        if len(known) == 1:
            known[0].mentions.append(doc.span(match.start, match.end))
        elif not known and len(match.tokens) >= 2 and (
            _surname_stands_alone(doc, match) or _next_to_event(doc, match)
        ):
            people.merge(match, doc)
    return people.found


class _People:
    """The people found so far, indexed by the stems of their last name word, of their first two words, and
    of their first word: matching a name against them stays cheap however many names a page holds."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.endings = compiled(language).names.endings
        self.found: list[_Person] = []
        self._by_key: dict[tuple[str, ...], dict[int, _Person]] = {}
        self._by_first: dict[str, dict[int, _Person]] = {}

    def matching(self, tokens: tuple[str, ...]) -> list[_Person]:
        """Known people whose name is this one, or a part of it, or contains it: a name ends with the same
        word as theirs, or begins with the same two words."""
        seen: dict[int, _Person] = {}
        for key in self._keys(tokens):
            # the latest few people filed under a word: a page naming hundreds of people who share one
            # surname stays linear (an older namesake may then go unmatched)
            for person in islice(reversed(self._by_key.get(key, {}).values()), _MAX_CANDIDATES):
                seen[id(person)] = person
        found = []
        for person in seen.values():
            if _same_person(person.tokens, tokens, self.language):
                found.append(person)
                if len(tokens) == 1 and len(found) == 2:
                    break  # a lone word that two people share names neither: no need to count them all
        return found

    def only_one_starting_with(self, forms: frozenset[str]) -> _Person | None:
        """The one known person whose name has two words or more and begins with a word of one of these
        forms; None when there is none, or several."""
        found: dict[int, _Person] = {}
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
        keys = [(stem,) for stem in stems(tokens[-1], self.endings)]
        if len(tokens) > 1:
            keys += [(a, b) for a in stems(tokens[0], self.endings) for b in stems(tokens[1], self.endings)]
        return keys

    def merge(self, match: NameMatch, doc: Document) -> _Person:
        """Add a mention to the person it names, or a new person; keep the fullest form of the name."""
        span = doc.span(match.start, match.end)
        known = self.matching(match.tokens)
        if known:
            person = min(known, key=lambda p: p.first)
            person.mentions.append(span)
            shorter = len(match.tokens) == len(person.tokens) and len(span.text) < len(person.name or "")
            if len(match.tokens) > len(person.tokens) or shorter:  # shorter: the nominative, "Сергей Лавров"
                person.tokens, person.name = match.tokens, span.text
                self._index(person)
            return person
        person = _Person(tokens=match.tokens, name=span.text, mentions=[span], first=span.start)
        self.found.append(person)
        self._index(person)
        return person

    def _index(self, person: _Person) -> None:
        """File the person under the last word of the name (a name that is the same ends alike, see
        `_same_person`), its first two words, and its first word."""
        for key in self._keys(person.tokens):
            self._by_key.setdefault(key, {})[id(person)] = person
        if len(person.tokens) > 1:
            for stem in stems(person.tokens[0], self.endings):
                self._by_first.setdefault(stem, {})[id(person)] = person


def _next_to_event(doc: Document, match: NameMatch) -> bool:
    """A name right before or after an event phrase ("X met Y", "X s'est entretenu lundi avec Y")."""
    for start, end, kind in events_in(doc, max(0, match.start - _NEAR_EVENT_CHARS), match.end + _NEAR_EVENT_CHARS):
        if kind not in CORE_EVENTS:
            continue
        between = doc.text[match.end : start] if start >= match.end else doc.text[end : match.start]
        outside = start >= match.end or end <= match.start
        if outside and len(between.split()) <= 2 and not _CLAUSE_BREAK.search(between):
            return True
    return False


def _same_person(tokens: tuple[str, ...], other: tuple[str, ...], language: Language) -> bool:
    """One name is a part of the other, ending alike: "Baïramov" and "Djeyhoun Baïramov"; words compared in
    any case form ("Лаврова" and "Сергей Лавров")."""
    endings = compiled(language).names.endings
    short, long = (tokens, other) if len(tokens) <= len(other) else (other, tokens)

    def same(a: str, b: str) -> bool:
        return same_word(a, b, endings)

    return (same(short[-1], long[-1]) and all(any(same(t, u) for u in long) for t in short)) or (
        len(short) > 1 and all(same(t, u) for t, u in zip(short, long, strict=False))
    )


def _by_first_word(people: _People, tokens: tuple[str, ...], language: Language) -> list[_Person]:
    """The one known person whose name begins with this lone word, when it ends no one's name and names no
    country: "Anwar" after "Anwar Ibrahim" (Malay, Indonesian, Arabic and Thai names go by their first word)."""
    patterns = compiled(language).names
    word = tokens[0]
    forms = stems(word, patterns.endings)
    if len(tokens) > 1 or forms & patterns.territory_words:
        return []
    found = people.only_one_starting_with(forms)
    return [found] if found and not people.ending_with(forms) else []


def _surname_stands_alone(doc: Document, match: NameMatch) -> bool:
    """The last word of the name also appears without the first: "Guterres" after "António Guterres"."""
    surname = match.tokens[-1]
    if len(surname) < 3:
        return False
    words, pairs = _word_counts(doc)
    return words[surname] > pairs[(match.tokens[-2], surname)]


def _word_counts(doc: Document) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """How often each word, and each pair of adjacent words, occurs: counted once per document."""
    if "word_counts" not in doc.memo:
        words = _WORD.findall(doc.text)
        doc.memo["word_counts"] = (Counter(words), Counter(pairwise(words)))
    return doc.memo["word_counts"]


def _lead_windows(doc: Document, title: Span | None) -> tuple[list[Segment], list[Segment]]:
    """(sentences that surely report the event, later event sentences that may continue it)."""
    teasers = teaser_starts(doc)
    body = [
        s
        for s in doc.sentences
        if (not title or s.start >= title.end) and not is_caption(s.text, doc.language) and s.start not in teasers
    ]
    chosen = event_sentences(doc, body)
    background = compiled(doc.language).cues.background
    if background:  # an event gone by or to come ("lors de la visite, en 2023, de …") is not the one reported
        chosen = [s for s in chosen if not background.search(s.text)] or chosen
    lead = list(chosen[:_LEAD_EVENTS])
    for sentence in list(lead):
        before = _possessor_sentence(doc, sentence, body)
        if before is not None and before not in lead:
            lead.insert(lead.index(sentence), before)
    opening = next((s for s in body if len(s.text.split()) >= _MIN_OPENING_WORDS), None)
    if opening and opening not in lead and events_in(doc, opening.start, opening.end):
        lead.insert(0, opening)  # "X has congratulated Y …" opens a brief whose call comes next
    lead += _listed_after(doc, lead)
    return lead, chosen[_LEAD_EVENTS:]


def _possessor_sentence(doc: Document, sentence: Segment, body: list[Segment]) -> Segment | None:
    """The sentence before one whose event belongs to someone named earlier ("X est à Vienne. C'est sa
    première visite d'État"): it names the participant."""
    event = first_event(doc, sentence.start, sentence.end)
    possessive = compiled(doc.language).people.possessive_event
    if event is None or not possessive.search(doc.lower, max(sentence.start, event[0] - _POSSESSOR_REACH), event[0]):
        return None
    index = body.index(sentence)
    return body[index - 1] if index else None


def _listed_after(doc: Document, sentences: list[Segment]) -> list[Segment]:
    """Bullet lines after an event sentence, or after the sentence next to it, that ends with a colon."""
    listed: list[Segment] = []
    for sentence in sentences:
        following = [s for s in doc.sentences if s.start >= sentence.start][:2]
        colon = next((s for s in following if s.text.rstrip().endswith(":")), None)
        if colon is None or is_boilerplate(colon.text, doc.language):  # "Read more:" lists other stories
            continue
        for paragraph in (p for p in doc.paragraphs if p.start > colon.end):
            if not paragraph.text.startswith(BULLETS):
                break
            listed.append(Segment(paragraph.start, paragraph.end, paragraph.text, paragraph.paragraph))
    return listed


class _Mentions:
    """Every mention of every person, in text order, so that a sentence finds its own in a few steps."""

    def __init__(self, people: list[_Person]) -> None:
        self.entries = sorted((m.start, m.end, id(p), p) for p in people for m in p.mentions)

    def add(self, person: _Person, span: Span) -> None:
        insort(self.entries, (span.start, span.end, id(person), person))

    def within(self, start: int, end: int) -> list[tuple[int, int, int, _Person]]:
        """Mentions that begin in [start, end)."""
        return self.entries[bisect_left(self.entries, (start,)) : bisect_left(self.entries, (end,))]


def _mark_participants(doc: Document, mentions: _Mentions, windows: list[Segment]) -> None:
    cue = compiled(doc.language).people.mention_cue
    for window in windows:
        for start, _end, _id, person in mentions.within(window.start, window.end):
            if not person.participant and not cue.search(doc.text, window.start, start):
                person.participant = True


def _continues(doc: Document, sentence: Segment, mentions: _Mentions) -> bool:
    """A later event sentence whose subject is a participant, a pronoun or a role, and that does not
    go back to an earlier event."""
    background = compiled(doc.language).cues.background
    if background and background.search(sentence.text):
        return False
    if compiled(doc.language).people.continuation.match(sentence.text):
        return True
    verb = first_event(doc, sentence.start, sentence.end)
    limit = verb[0] if verb else sentence.end
    return any(person.participant for _s, _e, _id, person in mentions.within(sentence.start, limit))


def _representations(doc: Document, title: Span | None, windows: list[Segment]) -> list[Segment]:
    """Other sentences that say who takes part for whom ("L'UE est représentée par X"), when the brief
    reports an event and the sentence does not go back to an earlier one."""
    representation, background = compiled(doc.language).people.representation, compiled(doc.language).cues.background
    if not windows or representation is None:
        return []
    taken = {s.start for s in windows}
    return [
        s
        for s in doc.sentences
        if (not title or s.start >= title.end)
        and s.start not in taken
        and representation.search(s.text)
        and not (background and background.search(s.text))
    ]


def _stands_alone(doc: Document, noun: re.Match[str], mentions: _Mentions) -> bool:
    """A singular role noun that is not part of a named person's role or apposition."""
    patterns = compiled(doc.language).names
    word = fold(noun.group(0))
    if (word.endswith("s") and word[:-1] in patterns.role_words) or doc.text.startswith(("'s", "’s"), noun.end()):
        return False
    nearby = mentions.within(max(0, noun.start() - _ROLE_REACH), noun.end() + _APPOSITION_CHARS)
    for start, end, _id, person in nearby:
        if person.role and person.role.start <= noun.start() < person.role.end:
            return False
        if 0 <= noun.start() - end <= 4:
            return False
        if 0 <= start - noun.end() <= _APPOSITION_CHARS:
            role = role_before(doc, noun.start(), start)
            if role and role[0] <= noun.start() < role[1]:
                return False
    return True


def _add_role_mentions(
    doc: Document, people: list[_Person], mentions: _Mentions, windows: list[Segment], create: bool = True
) -> None:
    """Roles standing alone ("the Secretary-General", "le ministre azerbaïdjanais"): a mention of the known
    person with that role or country, or else (when `create`) an unnamed participant. "His counterpart"
    refers to someone else and names no one."""
    possessive = compiled(doc.language).people.possessive_before
    for window in windows:
        for noun in role_nouns_in(doc, window.start, window.end):
            if not _stands_alone(doc, noun, mentions) or possessive.search(doc.lower, window.start, noun.start()):
                continue
            word = fold(noun.group(0))
            span = doc.span(noun.start(), noun.end())
            role = doc.span(*role_extent(doc.text, noun.start(), noun.end(), window.end, doc.language))
            holder = _role_holder(doc, people, word, role.text)
            if holder:
                holder.mentions.append(span)
                mentions.add(holder, span)
            elif create:
                unnamed = _Person(tokens=(word,), name=None, role=role, mentions=[span], first=span.start)
                people.append(unnamed)
                mentions.add(unnamed, span)


def _role_holder(doc: Document, people: list[_Person], noun: str, role: str) -> _Person | None:
    """The person a bare role refers to: the same country, else the same role noun; the earliest
    participant when several fit."""
    country = nationality_country(role, doc.language)
    fits = [p for p in people if p.role and country and nationality_country(p.role.text, doc.language) == country]
    parts = set(noun.replace("-", " ").split())
    fits = fits or [p for p in people if p.role and parts & set(fold(p.role.text).replace("-", " ").split())]
    if not fits:
        return None
    return min(fits, key=lambda p: (not p.participant, p.first))


def _to_model(doc: Document, person: _Person) -> Participant:
    role = person.role.text.strip(" ,") if person.role else None
    affiliation = nationality_country(role, doc.language) if role else None
    mentions = sorted({(m.start, m.end): m for m in person.mentions}.values(), key=lambda m: m.start)
    return Participant(name=person.name, role=role, affiliation=affiliation, mentions=mentions)


def _speakers(doc: Document, title: Span | None) -> list[Segment]:
    """At a conference, the words of each sentence before its speech verb ("X, ministre de la Santé, a
    souligné …"): whoever speaks there took part."""
    speech, background = compiled(doc.language).cues.speech, compiled(doc.language).cues.background
    found = []
    for sentence in doc.sentences:
        if (title and sentence.start < title.end) or (background and background.search(sentence.text)):
            continue
        verb = speech.search(doc.lower, sentence.start, sentence.end)
        if verb:
            subject = doc.text[sentence.start : verb.start()]
            found.append(Segment(sentence.start, verb.start(), subject, sentence.paragraph))
    return found


def extract_people(
    doc: Document, title: Span | None, event_type: str = "other"
) -> tuple[list[Participant], list[Participant]]:
    """(participants, people only mentioned), each in order of first mention; at a conference, or when the
    event's sentences name no one, whoever speaks took part."""
    if doc.language is None:
        return [], []
    people = _find_people(doc)
    mentions = _Mentions(people)
    lead, later = _lead_windows(doc, title)
    _add_role_mentions(doc, people, mentions, lead)
    _mark_participants(doc, mentions, lead)
    windows = list(lead)
    for sentence in later:
        if _continues(doc, sentence, mentions):
            _add_role_mentions(doc, people, mentions, [sentence])
            _mark_participants(doc, mentions, [sentence])
            windows.append(sentence)
    for sentence in _representations(doc, title, windows):
        _mark_participants(doc, mentions, [sentence])
        windows.append(sentence)
    if event_type == "conference" or not any(p.participant for p in people):
        _mark_participants(doc, mentions, _speakers(doc, title))
    continuation = compiled(doc.language).people.continuation
    covered = Ranges([(w.start, w.end) for w in windows])
    later_subjects = [
        s
        for s in doc.sentences
        if (not title or s.start >= title.end) and not covered.holds(s.start) and continuation.match(s.text)
    ]
    _add_role_mentions(doc, people, mentions, later_subjects, create=False)
    people.sort(key=lambda p: p.first)
    participants = [_to_model(doc, p) for p in people if p.participant]
    mentioned = [_to_model(doc, p) for p in people if not p.participant and p.name]
    return participants, mentioned
