"""Location: the place named after a place preposition in the sentence that reports the event."""

from __future__ import annotations

import re
from functools import cache

from briefparse.document import Document
from briefparse.extract.cues import cues
from briefparse.extract.names import CAP_WORD, fold, name_patterns
from briefparse.lang.base import Language, alternation
from briefparse.models import Participant, Span

_LEAD_SENTENCES = 4


@cache
def _place_pattern(language: Language) -> re.Pattern[str]:
    prepositions = alternation(language.place_prepositions)
    return re.compile(
        rf"(?<!\w)(?:{prepositions})\s+(?:(?:la|le|l['’]|the)\s*)?(?P<place>{CAP_WORD}"
        rf"(?:\s+{CAP_WORD}){{0,2}})"
    )


def extract_location(doc: Document, participants: list[Participant]) -> Span | None:
    """The place of the event, or None."""
    if doc.language is None:
        return None
    event = cues(doc.language).any_event
    pattern = _place_pattern(doc.language)
    not_places = name_patterns(doc.language).not_names | name_patterns(doc.language).role_words
    people = {fold(t) for p in participants for m in p.mentions for t in m.text.split()}
    sentences = [s for s in doc.sentences if event.search(s.text)][:_LEAD_SENTENCES]
    for sentence in sentences:
        for match in pattern.finditer(doc.text, sentence.start, sentence.end):
            words = match.group("place").split()
            if fold(words[0]) in not_places or fold(words[0]) in people:
                continue
            return doc.span(match.start("place"), match.end("place"))
    return None
