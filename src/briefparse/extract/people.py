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
from dataclasses import dataclass, field
from functools import cache

from briefparse.document import Document, Segment
from briefparse.extract.cues import CORE_EVENTS, event_sentences, events_in, first_event, is_caption
from briefparse.extract.names import (
    NameMatch,
    find_names,
    fold,
    name_patterns,
    nationality_country,
    role_after,
    role_before,
    role_extent,
    role_nouns_in,
    same_word,
)
from briefparse.lang.base import Language, alternation
from briefparse.models import Participant, Span

_LEAD_EVENTS = 2
_NEAR_EVENT_CHARS = 30
_MIN_OPENING_WORDS = 6
_CLAUSE_BREAK = re.compile(r"[,.;:!?()«»\"“”\n]")
_APPOSITION_CHARS = 160
_BULLET = re.compile(r"^[-–•*·]\s")


@dataclass
class _Person:
    tokens: tuple[str, ...]
    name: str | None
    role: Span | None = None
    mentions: list[Span] = field(default_factory=list)
    #: where the person first appears: the first mention by name, or by role for the unnamed
    first: int = 0
    participant: bool = False


@dataclass(frozen=True, eq=False)
class _PeoplePatterns:
    mention_cue: re.Pattern[str]
    continuation: re.Pattern[str]
    possessive_before: re.Pattern[str]


@cache
def _patterns(language: Language) -> _PeoplePatterns:
    cue = alternation(language.mention_cues).replace("'", "['’]")
    pronouns = alternation(language.pronouns)
    roles = alternation(language.roles).replace("'", "['’]")
    return _PeoplePatterns(
        mention_cue=re.compile(rf"(?<!\w)(?:{cue})\s*(?:\S+\s+){{0,6}}$", re.I),
        # the pronoun may follow a word or two: "Later, he met…", "Anschließend traf er…" (verb second)
        continuation=re.compile(rf"^\W*(?:(?:\w+\W+){{0,2}}(?:{pronouns})|(?:\w+\s+){{0,2}}(?:{roles}))(?!\w)", re.I),
        possessive_before=re.compile(rf"(?<!\w)(?:{alternation(language.possessives)})\s+(?:\w+\s+)?$"),
    )


def _find_people(doc: Document) -> list[_Person]:
    language, text = doc.language, doc.text
    people: list[_Person] = []
    loose: list[NameMatch] = []
    for sentence in doc.sentences:
        for match in find_names(text, sentence.start, sentence.end, language):
            role = role_before(doc, sentence.start, match.start) or role_after(
                text, match.end, sentence.end, language
            )
            honorific = name_patterns(language).honorific_at_end.search(text, max(0, match.start - 40), match.start)
            if (role or honorific) and len(match.tokens) >= 2:
                person = _merge(people, match, doc)
                if role and person.role is None:
                    person.role = doc.span(*role)
            else:
                loose.append(match)
    for match in loose:
        known = [p for p in people if _same_person(p.tokens, match.tokens, language)]
        if len(known) == 1:
            known[0].mentions.append(doc.span(match.start, match.end))
        elif not known and len(match.tokens) >= 2 and (
            _surname_stands_alone(text, match) or _next_to_event(doc, match)
        ):
            _merge(people, match, doc)
    return people


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
    endings = name_patterns(language).endings
    short, long = (tokens, other) if len(tokens) <= len(other) else (other, tokens)

    def same(a: str, b: str) -> bool:
        return same_word(a, b, endings)

    return (same(short[-1], long[-1]) and all(any(same(t, u) for u in long) for t in short)) or (
        len(short) > 1 and all(same(t, u) for t, u in zip(short, long, strict=False))
    )


def _surname_stands_alone(text: str, match: NameMatch) -> bool:
    """The last word of the name also appears without the first: "Guterres" after "António Guterres"."""
    surname = match.tokens[-1]
    if len(surname) < 3:
        return False
    return text.count(surname) > text.count(f"{match.tokens[-2]} {surname}")


def _merge(people: list[_Person], match: NameMatch, doc: Document) -> _Person:
    span = doc.span(match.start, match.end)
    for person in people:
        if person.name and _same_person(person.tokens, match.tokens, doc.language):
            person.mentions.append(span)
            shorter = len(match.tokens) == len(person.tokens) and len(span.text) < len(person.name)
            if len(match.tokens) > len(person.tokens) or shorter:  # shorter: the nominative, "Сергей Лавров"
                person.tokens, person.name = match.tokens, span.text
            return person
    person = _Person(tokens=match.tokens, name=span.text, mentions=[span], first=span.start)
    people.append(person)
    return person


def _lead_windows(doc: Document, title: Span | None) -> tuple[list[Segment], list[Segment]]:
    """(sentences that surely report the event, later event sentences that may continue it)."""
    body = [s for s in doc.sentences if (not title or s.start >= title.end) and not is_caption(s.text, doc.language)]
    chosen = event_sentences(doc, body)
    lead = list(chosen[:_LEAD_EVENTS])
    opening = next((s for s in body if len(s.text.split()) >= _MIN_OPENING_WORDS), None)
    if opening and opening not in lead and events_in(doc, opening.start, opening.end):
        lead.insert(0, opening)  # "X has congratulated Y …" opens a brief whose call comes next
    lead += _listed_after(doc, lead)
    return lead, chosen[_LEAD_EVENTS:]


def _listed_after(doc: Document, sentences: list[Segment]) -> list[Segment]:
    """Bullet lines after an event sentence, or after the sentence next to it, that ends with a colon."""
    listed: list[Segment] = []
    for sentence in sentences:
        following = [s for s in doc.sentences if s.start >= sentence.start][:2]
        colon = next((s for s in following if s.text.rstrip().endswith(":")), None)
        if colon is None:
            continue
        for paragraph in (p for p in doc.paragraphs if p.start > colon.end):
            if not _BULLET.match(paragraph.text):
                break
            listed.append(Segment(paragraph.start, paragraph.end, paragraph.text, paragraph.paragraph))
    return listed


def _mark_participants(doc: Document, people: list[_Person], windows: list[Segment]) -> None:
    cue = _patterns(doc.language).mention_cue
    for person in people:
        for mention in person.mentions:
            window = next((w for w in windows if w.start <= mention.start < w.end), None)
            if window and not cue.search(doc.text, window.start, mention.start):
                person.participant = True
                break


@cache
def _background(language: Language) -> re.Pattern[str] | None:
    """Words that set a sentence's event before the reported one ("already", "уже")."""
    words = alternation(language.background_cues).replace("'", "['’]")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I) if language.background_cues else None


def _continues(doc: Document, sentence: Segment, people: list[_Person]) -> bool:
    """A later event sentence whose subject is a participant, a pronoun or a role, and that does not
    go back to an earlier event."""
    background = _background(doc.language)
    if background and background.search(sentence.text):
        return False
    if _patterns(doc.language).continuation.match(sentence.text):
        return True
    verb = first_event(doc, sentence.start, sentence.end)
    limit = verb[0] if verb else sentence.end
    return any(p.participant and any(sentence.start <= m.start < limit for m in p.mentions) for p in people)


def _stands_alone(doc: Document, noun: re.Match[str], people: list[_Person]) -> bool:
    """A singular role noun that is not part of a named person's role or apposition."""
    patterns = name_patterns(doc.language)
    word = fold(noun.group(0))
    if (word.endswith("s") and word[:-1] in patterns.role_words) or doc.text.startswith(("'s", "’s"), noun.end()):
        return False
    for person in people:
        if person.role and person.role.start <= noun.start() < person.role.end:
            return False
        for mention in person.mentions:
            if 0 <= noun.start() - mention.end <= 4:
                return False
            if 0 <= mention.start - noun.end() <= _APPOSITION_CHARS:
                role = role_before(doc, noun.start(), mention.start)
                if role and role[0] <= noun.start() < role[1]:
                    return False
    return True


def _add_role_mentions(doc: Document, people: list[_Person], windows: list[Segment], create: bool = True) -> None:
    """Roles standing alone ("the Secretary-General", "le ministre azerbaïdjanais"): a mention of the known
    person with that role or country, or else (when `create`) an unnamed participant. "His counterpart"
    refers to someone else and names no one."""
    possessive = _patterns(doc.language).possessive_before
    for window in windows:
        for noun in role_nouns_in(doc, window.start, window.end):
            if not _stands_alone(doc, noun, people) or possessive.search(doc.lower, window.start, noun.start()):
                continue
            word = fold(noun.group(0))
            span = doc.span(noun.start(), noun.end())
            role = doc.span(*role_extent(doc.text, noun.start(), noun.end(), window.end, doc.language))
            holder = _role_holder(doc, people, word, role.text)
            if holder:
                holder.mentions.append(span)
            elif create:
                people.append(_Person(tokens=(word,), name=None, role=role, mentions=[span], first=span.start))


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


def extract_people(doc: Document, title: Span | None) -> tuple[list[Participant], list[Participant]]:
    """(participants, people only mentioned), each in order of first mention."""
    if doc.language is None:
        return [], []
    people = _find_people(doc)
    lead, later = _lead_windows(doc, title)
    _add_role_mentions(doc, people, lead)
    _mark_participants(doc, people, lead)
    windows = list(lead)
    for sentence in later:
        if _continues(doc, sentence, people):
            _add_role_mentions(doc, people, [sentence])
            _mark_participants(doc, people, [sentence])
            windows.append(sentence)
    continuation = _patterns(doc.language).continuation
    later_subjects = [
        s
        for s in doc.sentences
        if (not title or s.start >= title.end)
        and not any(w.start <= s.start < w.end for w in windows)
        and continuation.match(s.text)
    ]
    _add_role_mentions(doc, people, later_subjects, create=False)
    people.sort(key=lambda p: p.first)
    participants = [_to_model(doc, p) for p in people if p.participant]
    mentioned = [_to_model(doc, p) for p in people if not p.participant and p.name]
    return participants, mentioned
