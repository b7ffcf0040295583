"""Language cue lists compiled once into regexes shared by several extractors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefparse.document import Document, Segment
from briefparse.lang.base import Language, alternation
from briefparse.models import Span

EVENT_PRIORITY = ("phone_call", "visit", "meeting", "conference", "other", "statement")


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns of one language."""

    event_verbs: dict[str, re.Pattern[str]]
    any_event: re.Pattern[str]
    boilerplate: re.Pattern[str]
    point_tails: tuple[re.Pattern[str], ...]
    caption: re.Pattern[str]


def _words(phrases) -> str:
    """Alternation of phrases, each matched as whole words, apostrophes of either kind."""
    return alternation(phrases).replace("'", "['’]")


@cache
def cues(language: Language) -> Cues:
    """The cue patterns of a language, compiled on first use."""
    event_verbs = {
        kind: re.compile(rf"(?<!\w)(?:{_words(phrases)})(?!\w)", re.I) for kind, phrases in language.event_verbs.items()
    }
    core = [p for kind in ("phone_call", "meeting", "visit", "other") for p in language.event_verbs.get(kind, ())]
    return Cues(
        event_verbs=event_verbs,
        any_event=re.compile(rf"(?<!\w)(?:{_words(core)})(?!\w)", re.I),
        boilerplate=re.compile(rf"^(?:{'|'.join(language.boilerplate)})$", re.I | re.S)
        if language.boilerplate
        else re.compile(r"(?!x)x"),
        point_tails=tuple(re.compile(p.replace("'", "['’]"), re.I) for p in language.point_tails),
        caption=re.compile(
            rf"(?:{alternation(language.caption_cues)})|\([^()/\n]{{2,40}}/[^()/\n]{{2,40}}\)\s*$", re.I
        ),
    )


def is_boilerplate(line: str, language: Language | None) -> bool:
    """True for page furniture: share buttons, tag lists, bylines, counters, navigation crumbs."""
    stripped = line.strip(" -–—|•·*>").strip()
    if not stripped or not any(c.isalpha() for c in stripped):
        return True
    if stripped.startswith(("http://", "https://", "www.")):
        return True
    return bool(language and cues(language).boilerplate.match(stripped))


_STATEMENT_FALLBACK_SENTENCES = 4


def event_sentences(doc: Document, sentences: list[Segment]) -> list[Segment]:
    """The sentences that report a meeting, call, visit or signing; when the first few have none,
    those that report a statement."""
    language_cues = cues(doc.language)
    found = [s for s in sentences if language_cues.any_event.search(s.text)]
    if found and found[0] in sentences[:_STATEMENT_FALLBACK_SENTENCES]:
        return found
    statement = language_cues.event_verbs.get("statement")
    said = [s for s in sentences[:_STATEMENT_FALLBACK_SENTENCES] if statement and statement.search(s.text)]
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


def is_caption(text: str, language: Language) -> bool:
    """A photo caption or credit: "(R)", "(Xinhua/Yao Dawei)", "PHOTO | PSCU"."""
    return bool(cues(language).caption.search(text))
