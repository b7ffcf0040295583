"""Source: where the information comes from, in order of trust.

1. a source line ("Source: …"), 2. an agency in a dateline ("(APS)", "/CNW Telbec/", "Xinhua |"),
3. a cue before the source ("selon …", "according to …"), 4. a cue after it ("…, a fait savoir X",
"Trend reports"). None when the brief names no source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefparse.document import Document
from briefparse.lang.base import Language, alternation
from briefparse.models import Source

_URL = re.compile(r"https?://\S+")
_AGENCY = r"[A-Z][A-Za-z&.-]{1,20}(?:[ /][A-Z][A-Za-z&.-]{1,20}){0,2}"
_DATELINE_AGENCY = re.compile(
    rf"^[^\n]{{0,60}}?(?:\((?P<a>{_AGENCY})\)\s*[-–—]|/(?P<b>{_AGENCY})/\s*[-–—]|\((?P<c>{_AGENCY})\)\s*$)", re.M
)
_PIPE_AGENCY = re.compile(rf"^(?P<a>{_AGENCY})\s*\|", re.M)
_TRAILING_AGENCY = re.compile(r"[-–—]\s*(?P<a>[A-Z]{2,12})\s*$")
_MAX_SOURCE_CHARS = 120


@dataclass(frozen=True)
class SourcePatterns:
    label: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]


@cache
def _patterns(language: Language) -> SourcePatterns:
    before = alternation(language.source_before).replace("'", "['’]")
    after = alternation(language.source_after).replace("'", "['’]")
    labels = alternation(language.source_labels)
    stop = r"(?=\s*(?:[,.;:!?()\n«»\"“”]|\s[-–—]\s|$))"
    return SourcePatterns(
        label=re.compile(rf"^\s*(?:{labels})\s*:\s*(?P<src>[^\n]{{2,{_MAX_SOURCE_CHARS}}}?)\s*$", re.M | re.I),
        before=re.compile(rf"(?<!\w)(?:{before})\s+(?P<src>[^,.;:!?()\n«»\"“”]{{2,{_MAX_SOURCE_CHARS}}}?){stop}", re.I),
        after=re.compile(
            rf"(?<!\w)(?:{after})\s+(?P<src>(?:l[ea']|the|les)\s*[^,.;:!?()\n«»\"“”]{{2,"
            rf"{_MAX_SOURCE_CHARS}}}?){stop}|(?P<subj>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){{0,3}})"
            rf"\s+(?:{after})(?!\w)",
            re.I,
        ),
    )


def extract_source(doc: Document) -> Source | None:
    """The source the brief cites, with its span; None when there is none."""
    if doc.language is None:
        return None
    patterns = _patterns(doc.language)
    text = doc.text
    label = patterns.label.search(text)
    if label:
        return _source(doc, label.start("src"), label.end("src"))
    head = text[:600]
    for pattern in (_DATELINE_AGENCY, _PIPE_AGENCY):
        match = pattern.search(head)
        if match:
            group = next(g for g in ("a", "b", "c") if match.groupdict().get(g))
            return _source(doc, match.start(group), match.end(group))
    for match in patterns.before.finditer(text):
        return _source(doc, match.start("src"), match.end("src"))
    for match in patterns.after.finditer(text):
        group = "src" if match.group("src") else "subj"
        return _source(doc, match.start(group), match.end(group))
    tail = _TRAILING_AGENCY.search(text[-80:])
    if tail:
        offset = len(text) - len(text[-80:])
        return _source(doc, offset + tail.start("a"), offset + tail.end("a"))
    return None


def _source(doc: Document, start: int, end: int) -> Source:
    span = doc.span(start, end)
    url = _URL.search(span.text)
    name = _URL.sub("", span.text).strip(" -–—,") or span.text
    return Source(name=name, url=url.group(0) if url else None, span=span)
