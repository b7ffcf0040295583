"""Cues that several extractors read: the event phrases of a text, page furniture, captions, teasers.

Functions read `(text, language)`; the event phrases of a whole document are an `EventHits`, kept by
`Analysis`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from briefparse.document import Document, Segment
from briefparse.lang.base import Language
from briefparse.lang.compiled import compiled, event_key
from briefparse.lang.letters import CAP_WORD, LETTER_WORD, LOWER, fold
from briefparse.lazy_regex import lazy_compile
from briefparse.places import place_kind

#: the events a brief reports (a statement only when nothing else is)
CORE_EVENTS = frozenset({"phone_call", "meeting", "visit", "other"})
BULLETS = ("- ", "– ", "• ", "* ", "· ")
_STATEMENT_FALLBACK_SENTENCES = 4
_VENUE_REACH = 20  # characters before an event word where a venue's noun and its link are looked for
_BODY_REACH = 80  # characters before a gathering's word where a body's name and its holder's title are looked for
_LINKS_RUN_IN = 2  # words of a line that two of a banner's links make when the text runs them together
_GAP_VERB_WORDS = 3  # words before a day or time of day where an event phrase it splits may begin
_GAP_VERB_REACH = 40  # characters before the time where those words are looked for
_GAP_PHRASE_REACH = 100  # characters after the time where the rest of the phrase is looked for
#: a word where an event phrase may begin
_GAP_WORD = lazy_compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")

#: an event phrase: (start, end, event type)
EventHit = tuple[int, int, str]


class EventHits:
    """Every event phrase of a text as (start, end, type), found in one pass over its lower-case form."""

    def __init__(self, lower: str, language: Language | None, text: str = "") -> None:
        cues = compiled(language).cues if language else None
        matches = cues.event_verbs.finditer(lower) if cues else ()
        self.hits: list[EventHit] = []
        for m in matches:
            kind = cues.event_kinds[event_key(m["phrase"])] if cues else ""
            if not (language and _names_place_or_body(lower, text, m.start(), m.end("phrase"), kind, language)):
                self.hits.append((m.start(), m.end("phrase"), kind))
        if cues and cues.courtesy_call and any(verb in lower for verb in cues.courtesy_call_words):
            self._add_courtesy_calls(text, cues.courtesy_call)
        if language and cues and cues.compound_gathering:
            self._add_compound_gatherings(lower, text, cues.compound_gathering, language)
        if language and cues and cues.gathering_opening:
            self._add_openings(lower, cues.gathering_opening)
        if cues and cues.event_frames and any(particle in lower for particle in cues.event_frame_particles):
            self._add_frames(lower, cues.event_frames)
        if language and cues and cues.time_gap:
            self._add_gapped(lower, text, cues.time_gap, language)
        self.starts = [hit[0] for hit in self.hits]

    def _add_compound_gatherings(self, lower: str, text: str, pattern: re.Pattern[str], language: Language) -> None:
        """A gathering named by a compound whose last part is a gathering's noun ("Ostseeratsgipfel", "Klimagipfel"),
        which no listed phrase spells: a conference, where no phrase starts already and no venue or body it names."""
        taken = {hit[0] for hit in self.hits}
        found = [
            (m.start(), m.end(), "conference")
            for m in pattern.finditer(lower)
            if m.start() not in taken
            and not _names_venue(lower, m.start(), m.end(), language)
            and not _names_body(text, m.start(), m.end(), language)
        ]
        if found:
            self.hits = sorted(self.hits + found)

    def _add_openings(self, lower: str, pattern: re.Pattern[str]) -> None:
        """A gathering told by a verb of its opening or closing in one clause with its noun ("The Ministerial Council
        … opened", "La Cumbre … arrancó", "beenden … ihre Jahrestagung"), which no listed phrase spells: a
        conference, where no phrase starts within it."""
        found = [
            (m.start(), m.end(), "conference")
            for m in pattern.finditer(lower)
            if not any(m.start() <= hit[0] < m.end() for hit in self.hits)
        ]
        if found:
            self.hits = sorted(self.hits + found)

    def _add_courtesy_calls(self, text: str, pattern: re.Pattern[str]) -> None:
        """A call paid on an office's holder named by capitalised words and the role ("called on Sindh Governor X",
        "calls on PML-Q President Y"), which no listed phrase spells: a meeting, where no phrase starts already."""
        taken = {hit[0] for hit in self.hits}
        found = [(m.start(), m.end(), "meeting") for m in pattern.finditer(text) if m.start() not in taken]
        if found:
            self.hits = sorted(self.hits + found)

    def _add_frames(self, lower: str, pattern: re.Pattern[str]) -> None:
        """An event told by a finite verb and the particle that closes its clause ("Die Minister kommen heute in
        Kessel zusammen", "kommen heute die Minister … zusammen"), which no listed phrase spells: from the verb to
        the particle, so that the subject between them stands within the phrase, where no phrase starts already. A
        gathering named within it ("kommt am Freitag die Landeskonferenz … zusammen") is what comes together."""
        taken = {hit[0] for hit in self.hits}
        found = [
            (m.start(), m.end(), self._gathering_within(m.start(), m.end()) or m.lastgroup or "")
            for m in pattern.finditer(lower)
            if m.start() not in taken
        ]
        if found:
            self.hits = sorted(self.hits + found)

    def _add_gapped(self, lower: str, text: str, gap: re.Pattern[str], language: Language) -> None:
        """An event phrase whose verb stands apart from its rest by a day or a time of day ("spoke this evening
        with", "dio este viernes la bienvenida a", "se comunicó esta tarde con"), which no listed phrase spells:
        from the verb (up to three words before the time) to the phrase's end, where no phrase starts in it; not a
        verb of leaving or of being somewhere, whose day is the sentence's."""
        cues = compiled(language).cues
        found = []
        for m in gap.finditer(lower):
            opening, close = m.start(), m.end()
            verbs = [w.start() for w in _GAP_WORD.finditer(lower, max(0, opening - _GAP_VERB_REACH), opening)]
            for start in reversed(verbs[-_GAP_VERB_WORDS:]):
                phrase = cues.event_verbs.match(lower[start:opening] + lower[close : close + _GAP_PHRASE_REACH])
                if not phrase:
                    continue
                if len(phrase["phrase"]) <= opening - start:  # the verb alone is a phrase, found already
                    break
                key = event_key(phrase["phrase"])
                if key in cues.departures:  # a copula's day, not a stay's: "était, hier, au cœur de l'agenda"
                    break
                end = close + len(phrase["phrase"]) - (opening - start)
                kind = cues.event_kinds[key]
                if not any(start <= hit[0] < end for hit in self.hits + found) and not _names_place_or_body(
                    lower, text, start, end, kind, language
                ):
                    found.append((start, end, kind))
                break
        if found:
            self.hits = sorted(self.hits + found)

    def _gathering_within(self, start: int, end: int) -> str | None:
        """'conference' when a gathering's phrase stands within [start, end)."""
        inside = (kind for hit_start, _, kind in self.hits if start < hit_start < end)
        return "conference" if "conference" in inside else None

    def within(self, start: int, end: int) -> list[EventHit]:
        """The event phrases that begin within [start, end), in order."""
        return self.hits[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def first(self, start: int, end: int, kinds: frozenset[str] = CORE_EVENTS) -> EventHit | None:
        """The first phrase of one of `kinds` within [start, end): by default a meeting, call, visit or signing."""
        hits, index = self.hits, bisect_left(self.starts, start)
        while index < len(hits) and hits[index][0] < end:  # no list of the hits within: asked for every sentence
            if hits[index][2] in kinds:
                return hits[index]
            index += 1
        return None

    def sentences(self, sentences: list[Segment]) -> list[Segment]:
        """The sentences that report a meeting, call, visit or signing; when the first few have none,
        those that report a statement."""
        found = [s for s in sentences if self.first(s.start, s.end)]
        if found and found[0] in sentences[:_STATEMENT_FALLBACK_SENTENCES]:
            return found
        statement = frozenset({"statement"})
        said = [s for s in sentences[:_STATEMENT_FALLBACK_SENTENCES] if self.first(s.start, s.end, statement)]
        return sorted(set(said) | set(found), key=lambda s: s.start)


_VENUE_WORD = lazy_compile(r"[^\S\n]+([\w'’-]+)")
_WORDS = lazy_compile(r"[^\W\d_]+")  # a credit's words, apart from its slashes and brackets ("Photo/Courtesy")
_POSSESSIVE_WORD = lazy_compile(r"['’]s[^\S\n]+([\w'’-]+)")  # the word after a possessive ("Forum's President")
#: the place a verb of leaving or of being somewhere takes, past up to two lower-case words of time
_PLACE_TAKEN = lazy_compile(
    rf"(?:,?[^\S\n]+[{LOWER}\d][\w.]*){{0,2}}?,?[^\S\n]+(?P<place>{CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,2}})"
)


def leaves_no_place(doc: Document, hit: EventHit) -> bool:
    """A verb of leaving or of being somewhere whose object, past a few lower-case words of time, is no city or
    country ("a quitté ses fonctions", "left the meeting", "was in line with", "était à ce poste"): no journey, no
    stay. "a quitté Dakar ce vendredi", "departed Kessel", "was in Canberra this week" tell one."""
    if doc.language is None or event_key(doc.lower[hit[0] : hit[1]]) not in compiled(doc.language).cues.departures:
        return False
    taken = _PLACE_TAKEN.match(doc.text, hit[1])
    words = taken.group("place").split() if taken else []
    runs = (" ".join(words[:count]).rstrip(".,") for count in range(len(words), 0, -1))  # "Addis Abeba", "Dakar"
    return not any(place_kind(run, doc.language.code) in ("city", "country") for run in runs)


def _names_place_or_body(lower: str, text: str, start: int, end: int, kind: str, language: Language) -> bool:
    """Whether a gathering's phrase at [start, end) names a venue or a standing body rather than an event."""
    return kind == "conference" and (
        _names_venue(lower, start, end, language) or _names_body(text, start, end, language)
    )


def _names_venue(lower: str, start: int, end: int, language: Language) -> bool:
    """The gathering's word is part of a building's name, the venue's noun right after it ("the Accra International
    Conference Centre", "Summit Hall") or before it with a link ("le Centre de conférences", "Palais des Congrès"):
    a place, not an event."""
    venues = compiled(language).places.venues
    following = _VENUE_WORD.match(lower, end)
    if following and fold(following.group(1)) in venues:
        return True
    before = lower[max(0, start - _VENUE_REACH) : start].split()
    links = {link for link in language.role_links if " " not in link}
    return len(before) >= 2 and before[-1] in links and fold(before[-2]) in venues


def _names_body(text: str, start: int, end: int, language: Language) -> bool:
    """The gathering's word, capitalised, ends the name of a standing body whose office holder it names: the holder's
    title after its possessive ("the World Economic Forum's President") or before it with a link ("President of the
    Lake Forum"). An organisation, not an event. Not in a language that capitalises every noun, where the capital
    tells no name."""
    if not text or language.capitalised_nouns or not text[start : start + 1].isupper():
        return False
    role_words = compiled(language).names.role_words
    holder = _POSSESSIVE_WORD.match(text, end)
    if holder and fold(holder.group(1)) in role_words:
        return True
    before = text[max(0, start - _BODY_REACH) : start].split()
    while before and before[-1][:1].isupper():  # the name's other words ("World Economic")
        before.pop()
    head = " ".join(before).lower()
    for link in language.role_links:
        if head.endswith(" " + link):
            words = head[: -len(link)].split()
            return bool(words) and fold(words[-1]) in role_words
    return False


@lru_cache(maxsize=4096)
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


def is_link_line(line: str, language: Language | None) -> bool:
    """A link of a page's banner or menu: one word without figures ("Search", "S'abonner", "Politics"), two such
    links run into one line ("S'abonner close"), or a line of page furniture with words ("Home | News | Sports");
    not a byline ("By AFP") nor a short headline."""
    words = LETTER_WORD.findall(line)
    if not words or any(c.isdigit() for c in line):
        return False
    labels = {label.casefold() for label in language.byline_labels} if language else set()
    parts = line.split()
    linked = len(parts) == _LINKS_RUN_IN and not any(c in line for c in ".:!?") and parts[0].casefold() not in labels
    return len(words) == 1 or linked or is_boilerplate(line, language)


@lru_cache(maxsize=4096)
def is_caption(text: str, language: Language) -> bool:
    """A photo caption or credit: "(R)", "(Xinhua/Yao Dawei)", "PHOTO | PSCU"."""
    return bool(compiled(language).cues.caption.search(text))


def names_a_photo(text: str, language: Language) -> bool:
    """A photo's credit: a caption's mark ("Фото: ТВ5", "PHOTO | PSCU") or one of the language's photo words among
    its words ("Photo/Courtesy", "EPA Foto"), so no source of the story."""
    photo = {fold(w) for w in language.photo_words}
    return is_caption(text, language) or any(fold(w) in photo for w in _WORDS.findall(text))


def teaser_starts(paragraphs: list[Segment], language: Language | None) -> frozenset[int]:
    """Starts of the bulleted lines listed under page furniture ("Read more:", "Lire aussi :"): other stories."""
    found: set[int] = set()
    under_furniture = False
    for paragraph in paragraphs:
        if paragraph.text.startswith(BULLETS) and under_furniture:
            found.add(paragraph.start)
        else:
            under_furniture = is_boilerplate(paragraph.text, language)
    return frozenset(found)
