"""Event type: the kind of event the title and the lead report, by the language's verb lists.

Each of the title and the first body sentences votes once: for a phone call when it names one,
else for the type named first, weighted by position and by how telling the type is; the type
with the most weight wins. When nothing matches but a person, a role or an institution acts in the
title or the lead, the brief reports what they said or decided: a statement; else 'other'. An event
named after a possessive or a demonstrative ("ce premier entretien", "their meeting") refers back
to one already reported: its vote counts half.
"""

from __future__ import annotations

import re
from functools import cache

from briefparse.document import Document
from briefparse.extract.cues import EVENT_PRIORITY, events_in, lead_sentences
from briefparse.extract.names import find_names, fold, name_patterns
from briefparse.lang.base import Language, alternation
from briefparse.models import EventType, Span

_POSITION_WEIGHTS = (1.0, 1.0, 0.7, 0.5, 0.3)
_TYPE_WEIGHTS = {"phone_call": 1.5, "visit": 1.0, "meeting": 1.0, "conference": 0.8, "other": 0.6, "statement": 0.5}
_REFERRING_BACK = 0.5
_DETERMINER_REACH = 30
_OBJECT_REACH = 40  # characters after a verb where its object's event noun is looked for


@cache
def _referring(language: Language) -> re.Pattern[str] | None:
    """A possessive or demonstrative, maybe with one adjective, right before an event noun."""
    words = (*language.possessives, *language.demonstratives)
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+(?:\w+\s+)?$", re.I) if words else None


@cache
def _object_start(language: Language) -> re.Pattern[str]:
    """The first word after a verb, past an article or a possessive."""
    words = alternation((*language.determiners, *language.possessives)).replace("'", "['’]")
    return re.compile(rf"\s+(?:(?:{words})\s*)?(?P<word>[^\s,.;:]+)", re.I)


@cache
def _statement_verbs(language: Language) -> frozenset[str]:
    return frozenset(v.lower() for v in language.event_verbs.get("statement", ()))


def _kind_by_object(doc: Document, hit: tuple[int, int, str], hits: list[tuple[int, int, str]]) -> str:
    """A meeting verb whose object is a conference ("accueille le Forum", "hosted a ministerial conference")
    reports the conference; a verb both lists hold ("welcomed") reports a meeting only when a person follows
    it ("welcomed Prime Minister X", "welcomed his counterpart"), else a statement ("welcomed the ceasefire")."""
    start, end, kind = hit
    if kind != "meeting":
        return kind
    if any(h[2] == "conference" and end <= h[0] <= end + _OBJECT_REACH for h in hits):
        return "conference"
    if doc.lower[start:end] in _statement_verbs(doc.language):
        following = _object_start(doc.language).match(doc.text, end)
        word = following.group("word") if following else ""
        if not word[:1].isupper() and fold(word) not in name_patterns(doc.language).role_words:
            return "statement"
    return kind


@cache
def _actor(language: Language) -> re.Pattern[str]:
    """A role noun or an institution's noun ("ministre", "Ministry", "Regierung"), in lower case."""
    words = {w.lower() for w in (*language.roles, *language.source_nouns, *language.institution_words)}
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?!\w)".replace("'", "['’]"))


def _someone_acts(doc: Document, windows: list[tuple[int, int]]) -> bool:
    """A person's name, a role or an institution in the title or the lead."""
    actor = _actor(doc.language)
    for start, end in windows:
        if actor.search(doc.lower, start, end):
            return True
        if any(len(name.tokens) >= 2 for name in find_names(doc.text, start, end, doc.language)):
            return True
    return False


def extract_event_type(doc: Document, title: Span | None) -> tuple[EventType, Span | None]:
    """The event type and the words that show it."""
    if doc.language is None:
        return "other", None
    windows = [(title.start, title.end)] if title else []
    windows += [(s.start, s.end) for s in lead_sentences(doc, title)]
    totals: dict[str, float] = {}
    evidence: dict[str, Span] = {}
    for (start, end), weight in zip(windows, _POSITION_WEIGHTS, strict=False):
        hits = events_in(doc, start, end)
        if not hits:
            continue
        hit = next((h for h in hits if h[2] == "phone_call"), hits[0])
        kind = _kind_by_object(doc, hit, hits)
        referring = _referring(doc.language)
        if referring and referring.search(doc.text, max(start, hit[0] - _DETERMINER_REACH), hit[0]):
            weight *= _REFERRING_BACK
        totals[kind] = totals.get(kind, 0.0) + weight * _TYPE_WEIGHTS[kind]
        evidence.setdefault(kind, doc.span(hit[0], hit[1]))
    if not totals:
        return ("statement" if _someone_acts(doc, windows) else "other"), None
    best = max(totals, key=lambda kind: (totals[kind], -EVENT_PRIORITY.index(kind)))
    return best, evidence[best]  # type: ignore[return-value]
