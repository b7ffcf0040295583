"""The analysis of one document: every fact that more than one extractor reads, computed once, on first use.

    analysis = Analysis(load_document(text))
    analysis.title, analysis.body, analysis.lead, analysis.event_sentences, analysis.dateline.cities

Extractors (`extract/`) read an `Analysis` and never recompute what it holds; a new per-document fact that a
second extractor needs belongs here, as one more cached property. The finders it is built from are the modules
of this package: `names` (people's names and roles), `cues` (event phrases, page furniture, captions),
`headline` (the title), `dateline` (city, date, agency).
"""

from __future__ import annotations

import re
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cached_property

from briefparse.agencies import Credit, agencies_named
from briefparse.analysis.cues import CORE_EVENTS, EventHit, EventHits, is_boilerplate, is_caption, teaser_starts
from briefparse.analysis.dateline import Dateline
from briefparse.analysis.headline import find_headline
from briefparse.analysis.names import NameMatch, RoleNouns, find_names, in_gathering_name, role_before
from briefparse.analysis.speaker import HeadlineSpeaker, headline_speaker
from briefparse.document import Document, Segment
from briefparse.lang.base import Language
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import LETTER_WORD, LOWER, UPPER, stems
from briefparse.lazy_regex import lazy_compile
from briefparse.models import Span
from briefparse.places import place_kind
from briefparse.ranges import Ranges

#: a word, maybe with apostrophes, dots or hyphens inside ("aujourd'hui", "U.S", "Jean-Luc"): written as runs of
#: word characters so that the engine need not give back the marks it took after the last one
_WORD = lazy_compile(r"\w+(?:['’.-]+\w+)*")
#: a small letter written against a capital: where a page glued the next sentence to a teaser ("…les lieuxEn partance")
_GLUED = lazy_compile(rf"[{LOWER}][{UPPER}]")
_MIN_SENTENCE_WORDS = 6  # shorter lines are fragments: a date, a label, a byline
_STEM_LETTERS = 5  # a word this long at least, whose form with an ending tells it common (no name is a stem)
_ENDING_LETTERS = 3  # letters of an ending: "-s", "-ed", "-ing"
_LEAD_SENTENCES = 4
_REPEATED_TITLE_WORDS = 5  # a shorter headline may open a sentence of the story: only a longer one repeats as furniture
_BREADCRUMB_WORDS = 3  # words of a site's trail before a headline it prints again ("Home news <headline>")
_BRACKETED_TAIL = lazy_compile(r"[^\S\n]*\([^()\n]{1,40}\)")  # a photo's credit after it: "(Photo/Courtesy)"
_TEASER_TITLE_WORDS = 2  # fewer words after "Read also:" leave the heading alone on its line, the titles below
_STORY_OPENING_WORDS = 12  # the first line this long opens the story
_STORY_LINE_WORDS = 25  # a line this long under a heading of other stories is the story going on
#: double quotes read as spaces where event phrases are looked for: 'held “a productive conversation” with'
_CAPTION_REACH = 3  # the body's opening paragraphs, where a photo and its caption stand over the story
#: a photo's credit in brackets after the caption's stop ("… jeudi 26 février 2026. (MAP)")
_BRACKETED_CREDIT = lazy_compile(r"^\((?P<name>[^()\n]{2,30})\)$")
#: a photo's credit on its own line under the caption ("AGENCY/Jo Lind", "THE DAILY PRESS/Photographer", "AGENCY/ Jo
#: Lind"); not a desk's signature spaced around its slash ("World Daily / News Desk")
_CREDIT_LINE = lazy_compile(r"^[^\W\d_][^/.!?\n]{0,39}[^\s/.!?]/ ?[^\W\d_][^/.!?\n]{1,40}$")
_CREDIT_WORDS = 6
_LINKED_CREDIT_WORDS = 8  # words of a credit a link word opens: "Photo courtesy Office of the Prime Minister"
#: a photo's credit in capitals closing its caption, photographer and agencies run together by slashes ("… on Saturday
#: JO LIND/SPUTNIK / EPA", "… in Bern. KEYSTONE/EPA/ANA RUIZ")
_CAPITALS = r"[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*)*"  # words in capitals: "ANA RUIZ", "EPA"
_SLASHED_CREDIT = lazy_compile(rf"(?<![\w/]){_CAPITALS}(?: ?/ ?{_CAPITALS})+$")
_CREDIT_DASHES = ("—", "–", "-")  # a dash that sets a caption's credit off its last sentence ("… (left). — AFP pic")
_DATELINE_LEAD_WORDS = 12  # words of a line that opens on the dateline and goes on with the story's lead
_CAPTION_SHARED_WORDS = 2  # capitalised words a caption shares with the lead under it: a name at least
_CAPTION_WORDS = 8  # words of a caption with no stop under the headline at least; a subhead has fewer
#: a date stamp's line: a year and a few words ("3. August 2010", "11.07.2017 | Stand 19.07.2023, 11:23 Uhr")
_STAMP_LINE = lazy_compile(r"(?=.*(?<!\d)(?:19|20)\d\d(?!\d))\S+(?:[^\S\n]+\S+){0,7}")
_STOPS = (".", "!", "?", "…", '"', "”", "»", "“")
_CREDIT_MARK = "©"  # a photo's credit line ("© Le Courrier", "© Exemple.net par DR"): the caption stands under it
_QUOTES = '"“”«»„'
_OPENING_QUOTE = lazy_compile(r"[«\"“„]")


def _particulars_line(text: str) -> bool:
    """A line of a dispatch's particulars run together by bars, none of its words in lower case as a sentence's
    are ("AGENCY | Kessel | Updated: 03-03-2024 10:15 GMT", "26 Janvier, 2031, 06:04 | Auteur: X"): no lead
    sentence."""
    return "|" in text and not any(word[0].islower() for word in LETTER_WORD.findall(text))


@dataclass(frozen=True)
class Sentence(Segment):
    """A sentence of the body, tagged once: its word count, and whether it is page furniture, a photo caption
    or a teaser for another story (a bulleted line under "Read more:")."""

    words: int
    boilerplate: bool
    caption: bool
    teaser: bool


@dataclass(frozen=True, eq=False)
class Analysis:
    """What is known about a document beyond its text: computed lazily, each fact once."""

    doc: Document
    #: `role_before` answers, by (sentence start, name start): each name's role is asked for more than once
    _roles_before: dict[tuple[int, int], tuple[int, int] | None] = field(default_factory=dict, init=False, repr=False)

    @property
    def language(self) -> Language | None:
        return self.doc.language

    @cached_property
    def events(self) -> EventHits:
        """Every event phrase of the text ("s'est entretenu avec", "held talks"), with its type."""
        return EventHits(_blank_quotes(self.doc.lower), self.language, self.doc.text)

    def events_in(self, start: int, end: int) -> list[EventHit]:
        """The event phrases that begin within [start, end), in order."""
        return self.events.within(start, end)

    def first_event(self, start: int, end: int, kinds: frozenset[str] = CORE_EVENTS) -> EventHit | None:
        """The first event phrase of one of `kinds` within [start, end)."""
        return self.events.first(start, end, kinds)

    @cached_property
    def title(self) -> Span | None:
        """The headline (see `headline`): the body begins after it."""
        return find_headline(self.doc, self.events)

    @cached_property
    def headline_speaker(self) -> HeadlineSpeaker | None:
        """The speaker the headline gives for a remark about another event (see `speaker`)."""
        return headline_speaker(self)

    @cached_property
    def teasers(self) -> frozenset[int]:
        """Starts of the bulleted lines under page furniture: other stories (see also `teaser_lines`)."""
        return teaser_starts(self.doc.paragraphs, self.language)

    @cached_property
    def body(self) -> list[Sentence]:
        """The sentences after the title, tagged."""
        title, language = self.title, self.language
        sentences = [s for s in self.doc.sentences if not title or s.start >= title.end]
        captions = {s.start for s in sentences if language and is_caption(s.text, language)}
        captions |= {s.start for s in sentences if title and _repeats(title.text, s.text)}
        caption_paragraphs = _caption_paragraphs(sentences, captions) | _credited_paragraphs(
            sentences, captions, language
        )
        if title:
            caption_paragraphs |= _unstopped_paragraphs(sentences, self.doc.text, title.end)
            caption_paragraphs |= _over_dateline(sentences, self.doc.text, self.dateline.cities)
        teaser_lines = self.teaser_lines
        return [
            Sentence(
                s.start,
                s.end,
                s.text,
                s.paragraph,
                words=len(s.text.split()),
                boilerplate=is_boilerplate(s.text, language),
                caption=s.start in captions or s.paragraph in caption_paragraphs,
                teaser=s.start in self.teasers or teaser_lines.holds(s.start),
            )
            for s in sentences
        ]

    @cached_property
    def story(self) -> list[Sentence]:
        """The body without photo captions and teasers: the sentences that tell the story."""
        return [s for s in self.body if not s.caption and not s.teaser]

    @cached_property
    def lead(self) -> list[Sentence]:
        """The first real sentences of the body: not page furniture, not fragments, not another story's title, not
        the headline printed again (its words are the title's, read once)."""
        title = self.title.text if self.title else None
        return [
            s
            for s in self.body
            if s.words >= _MIN_SENTENCE_WORDS
            and not s.boilerplate
            and not s.teaser
            and not _particulars_line(s.text)
            and not (title and _repeats(title, s.text))
        ][:_LEAD_SENTENCES]

    @cached_property
    def main_event_end(self) -> int:
        """Where the sentences about the main event end: at the first story sentence after the lead's first that
        opens on another item of the brief and names someone the text has not named before, past the opening ("In
        another development, President X bade farewell to Y", "A su vez, el papa X recibió a Y"); not one that goes
        on with the event's own people ("Кроме того, в ходе разговора X поздравил Y", "Par ailleurs, les ministres
        ont condamné …"). The text's end when none does."""
        opener = compiled(self.language).cues.other_item if self.language else None
        lead = self.lead
        if opener is None or not lead:
            return len(self.doc.text)
        for sentence in (s for s in self.story if s.start > lead[0].start):
            opening = opener.match(sentence.text)
            if opening is None:
                continue
            start = sentence.start + opening.end()
            if any(self._named_first(m, start, sentence.end) for _s, m in self.names):
                return sentence.start
        return len(self.doc.text)

    def _named_first(self, match: NameMatch, start: int, end: int) -> bool:
        """The name stands between `start` and `end`, is no place the gazetteer knows, and its last word is not
        written anywhere before it, in any case form ("Павла Ланина" after "Павлом Ланиным"): someone the text
        names there for the first time."""
        if not start <= match.start < end or self.language is None:
            return False
        text = self.doc.text
        if place_kind(text[match.start : match.end], self.language.code) is not None:
            return False
        last = match.tokens[-1].rstrip(".,")
        if re.search(rf"(?<!\w){re.escape(last)}(?!\w)", text[: match.start]):
            return False
        endings = compiled(self.language).names.endings
        forms = stems(last, endings)
        earlier = (w for w in LETTER_WORD.findall(text, 0, match.start) if w[0].isupper())
        return not any(stems(word, endings) & forms for word in earlier)

    @cached_property
    def event_sentences(self) -> list[Segment]:
        """The sentences of the story that report a meeting, call, visit or signing; when the first few have
        none, those that report a statement."""
        return self.events.sentences(self.story)

    @cached_property
    def closing(self) -> list[Segment]:
        """The paragraphs down to the story's last, without the page's furniture printed under it (share buttons,
        "Read also:" lines and the stories they list, a copyright line): a dispatch signs on its last lines ("—
        BelTA", "AIO/KPM/ANP"), above that furniture. A line crediting an agency is never furniture."""
        paragraphs, teasers = self.doc.paragraphs, self.teaser_lines
        credited = [c.start for c in self.credits if c.shape != "copyright"]
        end = len(paragraphs)
        while end > 1:
            last = paragraphs[end - 1]
            furniture = is_boilerplate(last.text, self.language) or teasers.holds(last.start)
            if not furniture or any(last.start <= at < last.end for at in credited):
                break
            end -= 1
        return paragraphs[:end]

    @property
    def credits(self) -> list[Credit]:
        """Every place the text credits a news agency or a press service (see `briefparse.agencies`)."""
        return self.dateline.credits

    @cached_property
    def dateline(self) -> Dateline:
        """The cities and the agency the opening lines give as a dateline."""
        return Dateline(self.doc)

    @cached_property
    def role_nouns(self) -> RoleNouns:
        """Every role noun of the text ("ministre", "Secretary-General")."""
        return RoleNouns(self.doc.text, self.doc.lower, self.language)  # none when the language is unknown

    def role_before(self, sentence_start: int, name_start: int) -> tuple[int, int] | None:
        """Offsets of the role phrase that ends just before a name (see `names.role_before`)."""
        known, key = self._roles_before, (sentence_start, name_start)
        if key not in known:
            known[key] = role_before(self.doc.text, sentence_start, name_start, self.language, self.role_nouns)
        return known[key]

    @cached_property
    def names(self) -> list[tuple[Segment, NameMatch]]:
        """Every capitalised run that may be a person's name, with the sentence it is in, in text order; not an
        agency the text credits ("LJUBLJANA, May 21 (Harbour Wire) --"), nor a word of a dateline's city ("BELO
        HORIZONTE, 3 mai (AVP) --")."""
        text, language = self.doc.text, self.language
        if language is None:
            return []
        credited = [(c.start, c.end) for c in self.dateline.credits]
        # a dateline's city the gazetteer knows (the line's opening words may be a name: "President X (Y) received …")
        credited += [(c.start, c.end) for c in self.dateline.cities if place_kind(c.text, language.code) is not None]
        if self.dateline.agency:
            credited.append((self.dateline.agency.start, self.dateline.agency.end))
        teasers = self.teaser_lines
        return [
            (s, match)
            for s in self.doc.sentences
            for match in find_names(text, s.start, s.end, language)
            if not any(match.start < end and start < match.end for start, end in credited)
            and not teasers.holds(match.start)
            and not in_gathering_name(text, match, language)
        ]

    @cached_property
    def story_opening(self) -> int:
        """Where the first line long enough to open the story begins, a page's notice (cookies, a subscription
        offer) left out; the end of the text when no line is."""
        text, language = self.doc.text, self.language
        for line in re.finditer(r"[^\n]+", text):
            long_enough = len(_WORD.findall(line.group(0))) >= _STORY_OPENING_WORDS
            if long_enough and not (language and is_boilerplate(line.group(0), language)):
                return line.start()
        return len(text)

    @cached_property
    def teaser_lines(self) -> Ranges:
        """The title of another story that a line gives after a heading ("Read also : Accident de Santchou : deux
        ministres sur les lieux", "Lire aussi : …"), up to the line's end or to where the page glued the story's next
        sentence to it ("…sur les lieuxEn partance pour Genève, …"): no one there takes part in anything."""
        text, language = self.doc.text, self.language
        if language is None:
            return Ranges([])
        spans = []
        story = self.story_opening
        for match in compiled(language).dates.other_stories.finditer(self.doc.lower):
            if len(_WORD.findall(match.group("rest"))) < _TEASER_TITLE_WORDS:  # a heading alone: titles below it
                if match.start() < story:
                    continue  # above the story: the page's section label ("Latest news"), its headline below
                end = match.end()
                for line in text[match.end() :].split("\n")[1:]:
                    if len(_WORD.findall(line)) >= _STORY_LINE_WORDS:
                        break
                    end += len(line) + 1
                spans.append((match.start(), end))
                continue
            glued = _GLUED.search(text, match.start("rest"), match.end())
            spans.append((match.start(), glued.start() + 1 if glued else match.end()))
        return Ranges(spans)

    @cached_property
    def other_stories_from(self) -> int | None:
        """Where a heading alone on its line below the story opens the page's list of other stories ("Destacados",
        "Read also"): what follows is theirs, teaser titles and summaries; None when the page has none."""
        language = self.language
        if language is None:
            return None
        story = self.story_opening
        for match in compiled(language).dates.other_stories.finditer(self.doc.lower):
            if match.start() > story and len(_WORD.findall(match.group("rest"))) < _TEASER_TITLE_WORDS:
                return match.start()
        return None

    @cached_property
    def name_starts(self) -> list[int]:
        """Where each name of `names` begins, in text order."""
        return [match.start for _s, match in self.names]

    @cached_property
    def prose_lower_words(self) -> ProseWords:
        """The words written in lower case in sentences of six words or more: common words, and not a list of
        tags ("emmanuel macron") or a web address."""
        return ProseWords("\n".join(s.text for s in self.doc.sentences if len(s.text.split()) >= _MIN_SENTENCE_WORDS))

    @cached_property
    def word_counts(self) -> tuple[Counter[str], PairCounts]:
        """How often each word, and each pair of adjacent words, occurs (a pair counted when asked for: a few
        surnames are, of the thousands of pairs of a long page)."""
        words = _WORD.findall(self.doc.text)
        return Counter(words), PairCounts(words)

    @cached_property
    def quote_openings(self) -> list[int]:
        """Where a mark that may open a quotation stands (« " “ „): the few places a quoted title can begin."""
        return [m.start() for m in _OPENING_QUOTE.finditer(self.doc.text)]


class PairCounts:
    """How often each pair of adjacent words of a list occurs, as `Counter(pairwise(words))[pair]` tells, counted
    for the pairs asked for only."""

    def __init__(self, words: list[str]) -> None:
        self._words = words
        self._counted: dict[tuple[str, str], int] = {}

    def __getitem__(self, pair: tuple[str, str]) -> int:
        counted = self._counted.get(pair)
        if counted is None:
            first, second = pair
            words, counted, at = self._words, 0, 0
            with suppress(ValueError):  # no more of the second word
                while True:
                    at = words.index(second, at + 1)  # a pair's second word stands after another
                    counted += words[at - 1] == first
            self._counted[pair] = counted
        return counted


class ProseWords:
    """The lower-case words of some sentences (joined by line breaks: no word runs over one), answering "is this
    one of them?". The words are listed only when a question needs them: a word the text does not hold as written,
    as most names' words in lower case ("macron"), is told at once."""

    def __init__(self, prose: str) -> None:
        self._prose = prose

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        listed = self.__dict__.get("_words")  # once listed, a word of the list is a word of the prose: one look-up
        return word in listed if listed is not None else word in self._prose and word in self._words

    def inflects(self, word: str) -> bool:
        """The prose holds the word with an ending of a few letters ("subscribe" in "subscribed"): the word is a
        common one set in another form, when it is long enough that no name's is its stem."""
        if len(word) < _STEM_LETTERS or word not in self._prose:
            return False
        return any(w.startswith(word) and len(w) - len(word) <= _ENDING_LETTERS for w in self._words)

    @cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(word for word in set(_WORD.findall(self._prose)) if word.islower())


def _repeats(title: str, line: str) -> bool:
    """The line prints the headline again (a page sets it over the photo and once more over the story), maybe after a
    breadcrumb's few words ("Home news <headline>") or before a photo's credit ("<headline>(Photo/Courtesy)"): it
    tells nothing the title does not, and is no sentence of the story."""
    folded, headline = " ".join(line.split()).casefold(), " ".join(title.split()).casefold()
    if folded == headline:
        return True
    if len(headline.split()) < _REPEATED_TITLE_WORDS or folded.endswith((".", "!", "?")):
        return False  # a sentence that opens on the headline's words goes on with the story
    if folded.endswith(headline):
        return len(folded[: -len(headline)].split()) <= _BREADCRUMB_WORDS
    return folded.startswith(headline) and bool(_BRACKETED_TAIL.fullmatch(folded[len(headline) :]))


def _blank_quotes(text: str) -> str:
    """The text with its double quotes as spaces: one `replace` a mark is a scan in C, where `str.translate` with a
    table looks up every character of a text that is not pure ASCII."""
    for quote in _QUOTES:
        text = text.replace(quote, " ")
    return text


def _is_credit(text: str, language: Language | None) -> bool:
    """A photo's credit: an agency's name in brackets ("(MAP)"), or a short line "Agency/Photographer", or one that
    opens on the language's word for a photo and a colon ("Photo: X (ex-Twitter).", "Foto: Ana Ruiz") or a link word
    (see `_linked_credit`)."""
    bracketed = _BRACKETED_CREDIT.match(text)
    if bracketed:
        return bool(agencies_named(bracketed["name"]))
    if _linked_credit(text, language):
        return True  # "Photo courtesy Office of the Prime Minister", "Photo via Foreign Ministry"
    if len(text.split()) > _CREDIT_WORDS:
        return False
    return bool(_CREDIT_LINE.match(text)) or _labelled_credit(text, language)


def _linked_credit(text: str, language: Language | None) -> bool:
    """A short credit that opens on the language's word for a photo and a word that links it to whom the picture is
    credited, with no colon (`Language.photo_credit_links`: "Photo courtesy Office of the Prime Minister", "Photo via
    Foreign Ministry", "Photos by Jo Lind")."""
    if language is None or len(text.split()) > _LINKED_CREDIT_WORDS:
        return False
    folded = " ".join(text.casefold().split())
    return any(
        folded.startswith(f"{photo.casefold()} {link.casefold()} ")
        for photo in language.photo_words
        for link in language.photo_credit_links
    )


def _labelled_credit(text: str, language: Language | None) -> bool:
    """A short credit that opens on the language's word for a photo and a colon ("Photo : Jo Lind/AVI", "Foto: Ana
    Ruiz")."""
    if len(text.split()) > _CREDIT_WORDS:
        return False
    label, colon, _rest = text.partition(":")
    photo = {w.casefold() for w in language.photo_words} if language else set()
    return bool(colon and label.strip().casefold() in photo)


def _closing_credit(text: str, language: Language | None) -> bool:
    """The sentence closes on a photo's credit set off by a dash, a few words that name the picture ("… (left). —
    Bernama pic", "… in Kuching. – Picture by Jo Lind"): the caption's own credit."""
    dash = max(text.rfind(f" {mark} ") for mark in _CREDIT_DASHES)
    tail = text[dash + 2 :].strip().rstrip(".").casefold().split() if dash >= 0 else []
    photo = {w.casefold() for w in language.photo_words} if language else set()
    return 0 < len(tail) <= _CREDIT_WORDS and any(word in photo for word in tail)


def _credited_paragraphs(sentences: list[Segment], captions: set[int], language: Language | None) -> set[int]:
    """Among the body's opening paragraphs, a photo's caption and its credit: a paragraph whose last sentence is a
    credit ("Le roi X recevant Y, jeudi 26 février 2026. (MAP)", "… in Ankara on April 7, 2023. AFP", "… in May.
    Photo courtesy Office of the Prime Minister"), a caption's mark in brackets ("… in Vienna.
    (Photo by Jo Lind / AFP)"), a caption closed by its credit after a dash ("… (left). — Bernama pic"), or that a
    credit line follows ("Prime Minister X holds a press conference …" over "THE DAILY PRESS/Jo Lind", "… à Berne."
    over "Photo: X"). A credit closing the story is no caption's. Further down, where a photo stands between the
    story's paragraphs, a paragraph that closes on a photo's credit (see `_closes_on_photo_credit`) with the story
    going on below it is the photo's caption; a credit line of its own there may sign the photo alone, and a bracketed
    agency the dispatch ("… den Anruf. (SDA/phs)"). Below a closing credit, page furniture alone ("Articles
    similaires", "Partager") is no story: the credit signs the dispatch above it."""
    paragraphs: dict[int, list[Segment]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    order = list(paragraphs)
    opening = order[:_CAPTION_REACH]
    later = order[_CAPTION_REACH:]
    full = [any(_full_sentence(s.text, language) for s in paragraphs[p]) for p in later]
    found = {
        paragraph
        for index, paragraph in enumerate(later)
        if any(full[index + 1 :]) and _closes_on_photo_credit(paragraphs[paragraph], language)
    }
    for index, paragraph in enumerate(opening):
        parts = paragraphs[paragraph]
        last = parts[-1].text.strip()
        bracketed_caption = parts[-1].start in captions and last[:1] == "(" and last[-1:] == ")"
        # a credit on the last paragraph of the story signs it: it is no caption's
        story_below = any(full) or any(
            _full_sentence(s.text, language) for q in opening[index + 1 :] for s in paragraphs[q]
        )
        closed = parts[-1].start in captions and _closing_credit(last, language)
        # an agency's name alone after the caption's stop, on its line ("… in Ankara on April 7. AFP"), credits it
        agency = bool(agencies_named(last.rstrip(".")))
        if len(parts) > 1 and story_below and (_is_credit(last, language) or agency or bracketed_caption or closed):
            found.add(paragraph)
        following = paragraphs[opening[index + 1]] if index + 1 < len(opening) else []
        if len(following) == 1 and index + 2 < len(order) and _is_credit(following[0].text.strip(), language):
            found |= {paragraph, opening[index + 1]}
    return found


def _closes_on_photo_credit(parts: list[Segment], language: Language | None) -> bool:
    """The paragraph closes on a photo's credit: a credit under the language's word for a photo after the caption's
    sentence ("… le 3 avril à Hanoi." "Photo : Jo Lind/AVI"), or one in capitals run together by slashes that the
    caption's last words carry ("… at the APEC summit on Saturday JO LIND/SPUTNIK / EPA")."""
    last = parts[-1].text.strip()
    tail = _SLASHED_CREDIT.search(last)
    slashed = tail is not None and not last.endswith(".") and len(last[: tail.start()].split()) >= _MIN_SENTENCE_WORDS
    return slashed or (len(parts) > 1 and _labelled_credit(last, language))


def _full_sentence(text: str, language: Language | None) -> bool:
    """A sentence of the story: long enough, closed by a stop, and no credit or page furniture."""
    text = text.strip()
    return len(text.split()) >= _MIN_SENTENCE_WORDS and text.endswith(_STOPS) and not is_boilerplate(text, language)


def _unstopped_paragraphs(sentences: list[Segment], text: str, title_end: int) -> set[int]:
    """Among the body's opening paragraphs, a photo's caption under the page's date stamp: a clause of its own
    paragraph, long for a subhead, that ends with no stop while the story under it does ("3. August 2010" over
    "Bundespräsident X nimmt das Beglaubigungsschreiben des Botschafters Y entgegen" over "Am 3. August hat …"), or
    under the photo's credit line ("© Le Courrier" over "Paris : le Président X reçu par Y à l'Élysée"); not a
    standfirst right under the headline, with no stamp between."""
    paragraphs: dict[int, list[Segment]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    order = list(paragraphs)
    found: set[int] = set()
    for index, paragraph in enumerate(order[:_CAPTION_REACH]):
        parts = paragraphs[paragraph]
        line = parts[0].text.strip()
        if len(parts) > 1 or len(line.split()) < _CAPTION_WORDS or not line[-1:].isalnum():
            continue
        later = [p for q in order[index + 1 :] for p in paragraphs[q]]
        story_goes_on = any(p.text.rstrip().endswith(_STOPS) for p in later)
        above = text[title_end : parts[0].start].split("\n")
        stamped = any(_STAMP_LINE.fullmatch(a.strip()) or a.lstrip().startswith(_CREDIT_MARK) for a in above)
        if story_goes_on and stamped:
            found.add(paragraph)
    return found


def _over_dateline(sentences: list[Segment], text: str, cities: tuple[Span, ...]) -> set[int]:
    """Paragraphs of one long sentence between the headline and a paragraph that opens on the dateline's city ("Suva,
    Fiji, 15 September 2023 - X met …") and naming people it names: a photo's caption or a standfirst over the
    story, which the dateline opens. A short line there is a stamp or a byline, a dateline in the first paragraph
    has nothing over it, and a sentence over the dateline that shares none of its names leads ("Les premiers
    ministres X et Y ont parlé." over "MINSK, 3 mai — Les parties ont discuté …")."""
    opening = next((c.start for c in cities if c.start == 0 or text[c.start - 1] == "\n"), None)
    line_end = text.find("\n", opening) if opening is not None else -1
    line = text[opening : line_end if line_end >= 0 else len(text)] if opening is not None else ""
    if len(line.split()) < _DATELINE_LEAD_WORDS:
        return set()  # a city and a date alone on a line: a signature's, under the story ("Montevideo, 5 de …")
    paragraphs: dict[int, list[Segment]] = {}
    for s in sentences:
        if s.start < opening:
            paragraphs.setdefault(s.paragraph, []).append(s)
    told = _capitalised_words(line)
    return {
        paragraph
        for paragraph, parts in paragraphs.items()
        if len(parts) == 1
        and len(parts[0].text.split()) >= _CAPTION_WORDS
        and len(_capitalised_words(parts[0].text) & told) >= _CAPTION_SHARED_WORDS
    }


def _capitalised_words(text: str) -> set[str]:
    """The capitalised words of a text but its first: the names a caption shares with the lead it shows."""
    return {word.strip(".,;:!?()«»\"“”") for word in text.split()[1:] if word[:1].isupper()}


def _caption_paragraphs(sentences: list[Segment], captions: set[int]) -> set[int]:
    """Paragraphs that open and close as a photo caption ("Hu Jintao (R) holds talks … Elbegdorj arrived on
    Wednesday … (Xinhua/Huang Jingwen)"): every sentence between belongs to the caption."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for s in sentences:
        first.setdefault(s.paragraph, s.start)
        last[s.paragraph] = s.start
    return {p for p in first if first[p] != last[p] and first[p] in captions and last[p] in captions}


