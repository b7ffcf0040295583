"""Language cue lists compiled once into regexes shared by several extractors."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from briefparse.document import Document, Segment
from briefparse.lang.base import Language
from briefparse.lang.compiled import compiled
from briefparse.models import Span

CORE_EVENTS = frozenset({"phone_call", "meeting", "visit", "other"})
BULLETS = ("- ", "– ", "• ", "* ", "· ")


def _event_hits(doc: Document) -> tuple[list[int], list[tuple[int, int, str]]]:
    """Every event phrase of the document as (start, end, type), found in one pass and kept in its memo."""
    if "events" not in doc.memo:
        pattern = compiled(doc.language).cues.event_verbs
        hits = [(m.start(), m.end(m.lastgroup), m.lastgroup) for m in pattern.finditer(doc.lower) if m.lastgroup]
        doc.memo["events"] = ([h[0] for h in hits], hits)
    return doc.memo["events"]


def events_in(doc: Document, start: int, end: int) -> list[tuple[int, int, str]]:
    """The event phrases (start, end, type) that begin within [start, end), in order."""
    starts, hits = _event_hits(doc)
    return hits[bisect_left(starts, start) : bisect_left(starts, end)]


def first_event(
    doc: Document, start: int, end: int, kinds: frozenset[str] = CORE_EVENTS
) -> tuple[int, int, str] | None:
    """The first phrase of one of `kinds` within [start, end): by default a meeting, call, visit or signing."""
    return next((hit for hit in events_in(doc, start, end) if hit[2] in kinds), None)


def is_boilerplate(line: str, language: Language | None) -> bool:
    """True for page furniture: share buttons, tag lists, bylines, counters, navigation crumbs."""
    stripped = line.strip(" -–—|•·*>").strip()
    if not stripped or not any(c.isalpha() for c in stripped):
        return True
    if stripped.startswith(("http://", "https://", "www.")):
        return True
    if language is None:
        return False
    patterns = compiled(language).cues
    return bool(patterns.boilerplate.match(stripped) or patterns.source_line.match(stripped))


_STATEMENT_FALLBACK_SENTENCES = 4


def event_sentences(doc: Document, sentences: list[Segment]) -> list[Segment]:
    """The sentences that report a meeting, call, visit or signing; when the first few have none,
    those that report a statement."""
    found = [s for s in sentences if first_event(doc, s.start, s.end)]
    if found and found[0] in sentences[:_STATEMENT_FALLBACK_SENTENCES]:
        return found
    statement = frozenset({"statement"})
    said = [s for s in sentences[:_STATEMENT_FALLBACK_SENTENCES] if first_event(doc, s.start, s.end, statement)]
    return sorted(set(said) | set(found), key=lambda s: s.start)


_MIN_SENTENCE_WORDS = 6
_LEAD_SENTENCES = 4


def lead_sentences(doc: Document, title: Span | None, count: int = _LEAD_SENTENCES) -> list[Segment]:
    """The first real sentences of the body: after the title, not page furniture, not fragments."""
    out = []
    for sentence in doc.sentences:
        if title and sentence.start < title.end:
            continue
        if len(sentence.text.split()) < _MIN_SENTENCE_WORDS or is_boilerplate(sentence.text, doc.language):
            continue
        out.append(sentence)
        if len(out) == count:
            break
    return out


@lru_cache(maxsize=4096)
def is_caption(text: str, language: Language) -> bool:
    """A photo caption or credit: "(R)", "(Xinhua/Yao Dawei)", "PHOTO | PSCU"."""
    return bool(compiled(language).cues.caption.search(text))


def teaser_starts(doc: Document) -> set[int]:
    """Starts of the bulleted lines listed under page furniture ("Read more:", "Lire aussi :"): other stories."""
    if "teasers" in doc.memo:
        return doc.memo["teasers"]
    found: set[int] = set()
    under_furniture = False
    for paragraph in doc.paragraphs:
        if paragraph.text.startswith(BULLETS) and under_furniture:
            found.add(paragraph.start)
        else:
            under_furniture = is_boilerplate(paragraph.text, doc.language)
    doc.memo["teasers"] = found
    return found
