"""Language cue lists compiled once into regexes shared by several extractors."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from briefparse.document import Document, Segment
from briefparse.lang.base import Language, alternation
from briefparse.models import Span

EVENT_PRIORITY = ("phone_call", "visit", "meeting", "conference", "other", "statement")
CORE_EVENTS = frozenset({"phone_call", "meeting", "visit", "other"})
BULLETS = ("- ", "– ", "• ", "* ", "· ")


@dataclass(frozen=True, eq=False)
class Cues:
    """Compiled cue patterns of one language."""

    #: every event phrase, one named group per event type, to run on `Document.lower`; a lookahead, so
    #: that overlapping phrases ("ont eu un entretien téléphonique") are all found
    event_verbs: re.Pattern[str]
    boilerplate: re.Pattern[str]
    #: attribution tails to cut from a summary point ("…, a fait savoir le ministère"), as one pattern
    point_tail: re.Pattern[str]
    caption: re.Pattern[str]
    source_line: re.Pattern[str]
    #: verbs of reported speech, to run on `Document.lower`
    speech: re.Pattern[str]


def _words(phrases) -> str:
    """Alternation of phrases, each matched as whole words, apostrophes of either kind."""
    return alternation(phrases).replace("'", "['’]")


@cache
def cues(language: Language) -> Cues:
    """The cue patterns of a language, compiled on first use."""
    kinds = [k for k in EVENT_PRIORITY if language.event_verbs.get(k)]
    groups = "|".join(f"(?P<{k}>{_words({p.lower() for p in language.event_verbs[k]})})" for k in kinds)
    return Cues(
        event_verbs=re.compile(rf"(?<!\w)(?=(?:{groups})(?!\w))"),
        boilerplate=re.compile(rf"^(?:{'|'.join(language.boilerplate)})$", re.I | re.S)
        if language.boilerplate
        else re.compile(r"(?!x)x"),
        point_tail=re.compile(
            "|".join(f"(?:{p})" for p in language.point_tails).replace("'", "['’]") or r"(?!x)x", re.I
        ),
        source_line=re.compile(rf"(?:{alternation(language.source_labels)})\s*:", re.I),
        speech=re.compile(rf"(?<!\w)(?:{_words({v.lower() for v in language.speech_verbs})})(?!\w)"),
        caption=re.compile(
            rf"(?:{alternation(language.caption_cues)})|\([^()/\n]{{2,40}}/[^()/\n]{{2,40}}\)\s*$", re.I
        ),
    )


def _event_hits(doc: Document) -> tuple[list[int], list[tuple[int, int, str]]]:
    """Every event phrase of the document as (start, end, type), found in one pass and kept in its memo."""
    if "events" not in doc.memo:
        pattern = cues(doc.language).event_verbs
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
    return bool(language and (cues(language).boilerplate.match(stripped) or cues(language).source_line.match(stripped)))


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
    return bool(cues(language).caption.search(text))


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
