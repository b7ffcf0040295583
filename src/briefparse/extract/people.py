"""People: persons with their roles, merged across mentions, split into participants and the merely mentioned.

A capitalised run is a person when a role or honorific stands next to it, or when it has two
or more words and its last word comes back alone later. A person takes part in the event when
one of their mentions is in the title or in a sentence reporting the event, not right after a
"mention" cue ("greetings of", "au nom de").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefparse.document import Document, Segment
from briefparse.extract.cues import cues
from briefparse.extract.names import (
    NameMatch,
    find_names,
    fold,
    name_patterns,
    nationality_country,
    role_after,
    role_before,
)
from briefparse.lang.base import alternation
from briefparse.models import Participant, Span

_PARTICIPANT_SENTENCES = 6


@dataclass
class _Person:
    tokens: tuple[str, ...]
    name: str
    role: Span | None = None
    mentions: list[Span] = field(default_factory=list)
    participant: bool = False

    @property
    def key(self) -> str:
        return fold(self.tokens[-1])


def _sentence_of(sentences: list[Segment], offset: int) -> Segment | None:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _find_people(doc: Document) -> list[_Person]:
    language = doc.language
    text = doc.text
    people: list[_Person] = []
    loose: list[tuple[NameMatch, Segment]] = []
    for sentence in doc.sentences:
        for match in find_names(text, sentence.start, sentence.end, language):
            role = role_before(text, sentence.start, match.start, language) or role_after(
                text, match.end, sentence.end, language
            )
            honorific = name_patterns(language).honorific_at_end.search(text, max(0, match.start - 40), match.start)
            if role or honorific:
                person = _merge(people, match, doc)
                if role and person.role is None:
                    person.role = doc.span(*role)
            else:
                loose.append((match, sentence))
    for match, _sentence in loose:
        known = next((p for p in people if _same_person(p.tokens, match.tokens)), None)
        if known:
            known.mentions.append(doc.span(match.start, match.end))
        elif len(match.tokens) >= 2 and _surname_recurs(text, match):
            _merge(people, match, doc)
    return people


def _same_person(tokens: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """One name is a part of the other: "Baïramov" and "Djeyhoun Baïramov"."""
    a, b = [fold(t) for t in tokens], [fold(t) for t in other]
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return all(t in long for t in short) and short[-1] in long


def _surname_recurs(text: str, match: NameMatch) -> bool:
    surname = match.tokens[-1]
    if len(surname) < 3:
        return False
    pattern = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
    return any(not match.start <= m.start() < match.end for m in pattern.finditer(text))


def _merge(people: list[_Person], match: NameMatch, doc: Document) -> _Person:
    span = doc.span(match.start, match.end)
    for person in people:
        if _same_person(person.tokens, match.tokens):
            person.mentions.append(span)
            if len(match.tokens) > len(person.tokens):
                person.tokens, person.name = match.tokens, span.text
            return person
    person = _Person(tokens=match.tokens, name=span.text, mentions=[span])
    people.append(person)
    return person


def _mark_participants(doc: Document, people: list[_Person], title: Span | None) -> None:
    language = doc.language
    event = cues(language).any_event
    mention_cue = re.compile(
        rf"(?:{alternation(language.mention_cues)})\s*(?:\S+\s+){{0,6}}$".replace("'", "['’]"), re.I
    )
    body = [s for s in doc.sentences if not title or s.start >= title.end]
    event_sentences = [s for s in body if event.search(s.text)][:_PARTICIPANT_SENTENCES]
    windows = ([(title.start, title.end)] if title else []) + [(s.start, s.end) for s in event_sentences]
    for person in people:
        for mention in person.mentions:
            inside = any(start <= mention.start < end for start, end in windows)
            sentence = _sentence_of(doc.sentences, mention.start)
            lead_in = doc.text[sentence.start if sentence else 0 : mention.start]
            if inside and not mention_cue.search(lead_in):
                person.participant = True
                break


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
    _mark_participants(doc, people, title)
    people.sort(key=lambda p: min(m.start for m in p.mentions))
    participants = [_to_model(doc, p) for p in people if p.participant]
    mentioned = [_to_model(doc, p) for p in people if not p.participant]
    return participants, mentioned
