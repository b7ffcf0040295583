"""Event type: the kind of event the title and the lead report, by the language's verb lists.

Each of the title and the first body sentences votes once: for a phone call when it names one,
else for the type named first, weighted by position and by how telling the type is; the type
with the most weight wins. When nothing matches but a person, a role or an institution acts in the
title or the lead, the brief reports what they said or decided: a statement; else 'other'. An event
named after a possessive or a demonstrative ("ce premier entretien", "their meeting") refers back
to one already reported: its vote counts half.
"""

from __future__ import annotations

from briefparse.analysis import Analysis
from briefparse.document import Document
from briefparse.lang.compiled import EVENT_PRIORITY, compiled
from briefparse.lang.letters import fold
from briefparse.models import EventType, Span

_POSITION_WEIGHTS = (1.0, 1.0, 0.7, 0.5, 0.3)
_TYPE_WEIGHTS = {"phone_call": 1.5, "visit": 1.0, "meeting": 1.0, "conference": 0.8, "other": 0.6, "statement": 0.5}
_REFERRING_BACK = 0.5
_DETERMINER_REACH = 30
_OBJECT_REACH = 40  # characters after a verb where its object's event noun is looked for


def _kind_by_object(doc: Document, hit: tuple[int, int, str], hits: list[tuple[int, int, str]]) -> str:
    """A meeting verb whose object is a conference ("accueille le Forum", "hosted a ministerial conference")
    reports the conference; a verb both lists hold ("welcomed") reports a meeting only when a person follows
    it ("welcomed Prime Minister X", "welcomed his counterpart"), else a statement ("welcomed the ceasefire")."""
    start, end, kind = hit
    if kind != "meeting":
        return kind
    if any(h[2] == "conference" and end <= h[0] <= end + _OBJECT_REACH for h in hits):
        return "conference"
    patterns = compiled(doc.language)
    if doc.lower[start:end] in patterns.cues.statement_verbs:
        following = patterns.cues.object_start.match(doc.text, end)
        word = following.group("word") if following else ""
        if not word[:1].isupper() and fold(word) not in patterns.names.role_words:
            return "statement"
    return kind


def _someone_acts(analysis: Analysis, windows: list[tuple[int, int]]) -> bool:
    """A person's full name, a role or an institution in the title or the lead."""
    doc = analysis.doc
    actor = compiled(doc.language).cues.actor
    if any(actor.search(doc.lower, start, end) for start, end in windows):
        return True
    return any(len(match.tokens) >= 2 and any(s <= match.start < e for s, e in windows) for _, match in analysis.names)


def extract_event_type(analysis: Analysis) -> tuple[EventType, Span | None]:
    """The event type and the words that show it."""
    doc, title = analysis.doc, analysis.title
    if doc.language is None:
        return "other", None
    windows = [(title.start, title.end)] if title else []
    windows += [(s.start, s.end) for s in analysis.lead]
    totals: dict[str, float] = {}
    evidence: dict[str, Span] = {}
    for (start, end), weight in zip(windows, _POSITION_WEIGHTS, strict=False):
        hits = analysis.events_in(start, end)
        if not hits:
            continue
        hit = next((h for h in hits if h[2] == "phone_call"), hits[0])
        kind = _kind_by_object(doc, hit, hits)
        referring = compiled(doc.language).cues.referring
        if referring and referring.search(doc.text, max(start, hit[0] - _DETERMINER_REACH), hit[0]):
            weight *= _REFERRING_BACK
        totals[kind] = totals.get(kind, 0.0) + weight * _TYPE_WEIGHTS[kind]
        evidence.setdefault(kind, doc.span(hit[0], hit[1]))
    if not totals:
        return ("statement" if _someone_acts(analysis, windows) else "other"), None
    best = max(totals, key=lambda kind: (totals[kind], -EVENT_PRIORITY.index(kind)))
    return best, evidence[best]  # type: ignore[return-value]
