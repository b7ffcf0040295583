"""Title: the page's headline, or the first line of the text that reads like one."""

from __future__ import annotations

from briefparse.document import Document
from briefparse.extract.cues import is_boilerplate
from briefparse.models import Span

_HEAD_LINES = 8
_MIN_WORDS, _MAX_CHARS = 4, 250


def extract_title(doc: Document) -> Span | None:
    """The headline: the page title when it is in the text, else the first headline-like line."""
    if doc.page.title:
        start = doc.text.find(doc.page.title)
        if start >= 0:
            return doc.span(start, start + len(doc.page.title))
    for paragraph in doc.paragraphs[:_HEAD_LINES]:
        line = paragraph.text
        if is_boilerplate(line, doc.language) or len(line.split()) < _MIN_WORDS or len(line) > _MAX_CHARS:
            continue
        if line.count(". ") >= 2:
            continue
        return doc.span(paragraph.start, paragraph.end)
    return None
