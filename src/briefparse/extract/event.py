"""Event type: the kind of event the title and the lead report, by the language's verb lists."""

from __future__ import annotations

from briefparse.document import Document
from briefparse.extract.cues import EVENT_PRIORITY, cues
from briefparse.models import EventType, Span

_LEAD_SENTENCES = 4


def extract_event_type(doc: Document, title: Span | None) -> tuple[EventType, Span | None]:
    """The event type and the words that show it; 'other' when nothing matches."""
    if doc.language is None:
        return "other", None
    verbs = cues(doc.language).event_verbs
    windows = [(title.start, title.end)] if title else []
    windows += [(s.start, s.end) for s in doc.sentences[:_LEAD_SENTENCES] if not title or s.start >= title.end]
    best: tuple[float, EventType, Span] | None = None
    for rank, (start, end) in enumerate(windows):
        for kind in EVENT_PRIORITY:
            pattern = verbs.get(kind)
            match = pattern.search(doc.text, start, end) if pattern else None
            if match:
                weight = (len(EVENT_PRIORITY) - EVENT_PRIORITY.index(kind)) / (1 + rank)
                if best is None or weight > best[0]:
                    best = (weight, kind, doc.span(match.start(), match.end()))
    if best is None:
        return "other", None
    return best[1], best[2]
