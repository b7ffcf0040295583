"""The headline: the page's own, or the first line of the text that reads like one. The body of the brief
begins after it, so it is part of the analysis every extractor reads (`Analysis.title`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import pairwise

from briefparse.agencies import agencies_named
from briefparse.analysis.cues import EventHits, is_boilerplate, is_link_line
from briefparse.analysis.dateline import credit_end
from briefparse.analysis.names import find_names
from briefparse.document import Document, Segment
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import COPYRIGHT_MARK, LETTER_WORD
from briefparse.lazy_regex import lazy_compile
from briefparse.models import Span

_HEAD_LINES = 16
_MIN_WORDS, _MAX_CHARS = 4, 250
#: a shorter line is a headline only when it names an event after its subject ("PM meets envoy")
_MIN_EVENT_WORDS = 3
_MAX_SENTENCE_WORDS = 20
_MAX_HEADLINE_SENTENCE_WORDS = 12
_MIN_TWICE_WORDS = 4  # words of a list of tags printed twice in one line, at least
_MAX_CREDIT_WORDS = 12  # words of the credit that closes a sentence ("…, передает пресс-служба Акорды.")
_MIN_LETTER_SHARE = 0.6
_MAX_KICKER_WORDS = 8  # words of a kicker in capitals over the headline at most
_MAX_LABEL_WORDS = 3  # words of a label closed by a stop before the headline on its line at most
_SEPARATOR = lazy_compile(r"\s[-–—|•·/>›]\s")
_MIN_LIST_PARTS, _MAX_LIST_WORDS = 3, 2
_MENU_LINKS = 2  # links under a line that make it the page's name over its menu
_MASTHEAD_WORDS = 6
_SITE_WORDS = 3  # the first words of a line where a site names itself ("Официальный сайт администрации …")
_OPENING_MARKS = ("-", "–", "—", ":")  # a line ending so opens what follows
_LINKING_WORD = 3  # letters of a word between a date's parts ("de", "du", "of")
_BULLET = lazy_compile(r"\s[•·]\s")  # a bullet between the items of a list on one line
#: a site's address after the headline ("… - example.com", "… | www.example.org")
_DOMAIN_TAIL = lazy_compile(r"[^\S\n]+[-–—|:»][^\S\n]*(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?[^\S\n]*$", re.I)
#: quoting marks and bullets before a headline ("> ", "• ")
_LEADING_MARKS = lazy_compile(r"^[>•·*#|/\\-]+\s*")
#: the last part of a headline after a dash or a bar ("… - Example News", "… | El Diario")
_LAST_PART = lazy_compile(r"[^\S\n]+[-–—|][^\S\n]+(?P<part>[^-–—|\n]{2,60}?)[^\S\n]*$")
_YEAR = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLOCK = lazy_compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")  # a time of day ("16:15"), a stamp's without its year
#: what joins a headline to the site name after it ("X - Site") or to the rubric before it ("Rubrique : X")
_JOINT_AFTER = lazy_compile(r"[^\S\n]*[-–—|:·•»]")
_JOINT_BEFORE = lazy_compile(r"[-–—|:·•»][^\S\n]*$")
_MAX_BYLINE_WORDS = 5
#: a date in figures written against the word before it, the page's stamp glued to a headline ("ОАЭ05.04.2023")
_GLUED_DATE = lazy_compile(r"(?<=[^\W\d_])\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?!\d)")
_SENTENCE_MARK = lazy_compile(r"[.!?](?:\s|$)")
_STORY_WORDS = 12  # words of the story's paragraph right under a short headline at least
_MIN_TINY_WORDS = 2  # words of a short headline that names no event at least ("Hoher Besuch")
_STEM_LETTERS = 5  # first letters of a word that tell its stem ("Besuch", "besuchte")
_STORY_CHARS = 600  # characters under a short headline (rubric, stamp, caption, lead) that take up its matter
_RUBRIC_WORDS = 2  # words of a rubric between a headline and its date stamp at most ("Schwerpunktthema: Bericht")
_STAMP_LINES = 2  # lines between a quoted kicker and the headline at most: the date stamp and a rubric
_QUOTE_OPENINGS, _QUOTE_CLOSINGS = "\"„“«»‚'", "\"“”»«‘'"  # marks that open and close a quotation
_STAMP_WORDS = 8  # words of a date stamp's line at most ("Publié le jeudi 18 mai 2017 à 00h30min")
_STAMP_LINE_WORDS = 10  # words of a stamp's line with its place, byline and labels at most
_CALENDAR_FIGURES = lazy_compile(r"\d[\d./:-]*")  # a date or a time in figures ("14.10.2014", "14:06")
_SHARED_WORD = lazy_compile(r"[^\W\d_]{4,}")  # a word long enough to tell a headline's matter
_STANDFIRST_SHARE = 0.4  # share of a headline's words its standfirst above it repeats
_SUBHEAD_LEAD = 2  # paragraphs under a subhead that take up the headline's matter
_RESTATED_SHARE = 0.6  # share of a sentence headline's words the paragraph under it restates at least
_TOLD_SHARE = 0.5  # share of a headline's words that the story under a caption tells, more than
#: the number of a trail's or a list's item before a copy of the headline ("3. ")
_NUMBERED_ITEM = re.compile(r"\s*\d{1,2}\.\s+")
#: a site's address that opens its name line ("Example.net, l'actualité du pays")
_SITE_ADDRESS = lazy_compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b(?![\w.])", re.I)
#: a one-word kicker before the headline on its line, and what follows it ("Politik Valdoria empfängt …")
_KICKER = lazy_compile(r"(?P<kicker>[^\W\d_]+)[^\S\n]+(?P<next>[«„“\"']?[^\W\d_]+)")
#: the words of a place's or a rubric's kicker of a few words run into the headline on its line, maybe joined by a
#: dash ("Valport - Jumelage", "Valport"), and the word after them
_KICKER_WORD = lazy_compile(r"[^\S\n]*(?:[-–—][^\S\n]+)?(?P<word>[^\W\d_][\w-]*)")
_MAX_RUN_KICKER_WORDS = 3


def find_headline(doc: Document, events: EventHits) -> Span | None:
    """The headline: the page title when it is in the text, else the first headline-like line that names an
    event, else the first headline-like line."""
    if doc.page.title and not is_boilerplate(doc.page.title, doc.language):
        start = doc.text.find(doc.page.title)
        if start >= 0:
            return _trimmed(doc, start, start + len(doc.page.title), own_title=True)
    candidates = []
    short = []  # lines of `_MIN_EVENT_WORDS` words or more that name an event after their first word
    labels = []  # the first short line that opens on its event ("Besuch beim Botschafter")
    short_stamped = []  # short lines over the page's date stamp
    tiny = []  # lines of two or three words that name no event ("Hoher Besuch", "Botschafterkonferenz in Berlin")
    body_begun = False
    opened = False  # the line above ends in a colon and reports what follows
    lines = 0
    sentence_starts = [s.start for s in doc.sentences]  # in order
    for index, paragraph in enumerate(doc.paragraphs):
        glued = _GLUED_DATE.search(paragraph.text, 0, _MAX_CHARS)
        head = paragraph.text[: glued.start()] if glued else ""
        if len(head.split()) >= _MIN_EVENT_WORDS and not _SENTENCE_MARK.search(head):
            # "Ташкент посетила делегация ОАЭ05.04.2023 08:50ТАШКЕНТ, 5 апреля. …": the page glued its date, then
            # the body, to the headline
            candidates.append(Segment(paragraph.start, paragraph.start + glued.start(), head, paragraph.paragraph))
            break
        line = paragraph.text
        words = len(line.split())
        if words >= _MIN_WORDS:  # a menu of short items does not use up the lines a headline is looked for in
            lines += 1
        if lines > _HEAD_LINES:
            break
        if not (candidates or short or body_begun) and _record_title(line, doc):
            candidates.append(paragraph)
            continue
        if line.endswith(".") and words > _MAX_SENTENCE_WORDS:
            if not candidates and not short and _standfirst_over_headline(doc, index):
                continue  # a standfirst that the headline under it sums up
            break  # the body has begun
        if opened:
            opened = False
            continue  # what a sentence ending in a colon opens (a quotation, a list): no headline
        if _opens_quotation(doc, paragraph):
            if candidates or short:
                break  # the body's first sentence, which opens a quotation: the headline is above
            body_begun = opened = True
            continue
        letters = sum(c.isalpha() for c in line)
        if is_boilerplate(line, doc.language) or words < _MIN_TINY_WORDS or len(line) > _MAX_CHARS:
            continue
        if letters < _MIN_LETTER_SHARE * len(line) or _is_date_line(line, doc):  # a date or time stamp, a counter
            continue
        if _dated_stamp(doc, paragraph, events):
            continue
        if _credited_caption(line, doc) or _source_line(line, doc):
            continue
        sentences = bisect_left(sentence_starts, paragraph.end) - bisect_left(sentence_starts, paragraph.start)
        # a short line without a final stop may ask a question before its news: "¿Se acabó la pausa? Canciller …"
        asks = line[-1] not in ".…" and words <= _MAX_SENTENCE_WORDS
        # a label closed by a stop may open a short headline: "Visita protocolar. Intendente recibió al embajador."
        labelled = sentences == 2 and words <= _MAX_HEADLINE_SENTENCE_WORDS and _opens_on_label(line)
        # in a language whose headlines carry no stop, a line closed by one is the body's, however it is printed
        stopped = bool(doc.language and doc.language.stopless_headlines and _stopped_sentence(doc, index))
        long_sentence = line.endswith(".") and (
            words > _MAX_HEADLINE_SENTENCE_WORDS or _credited_report(line, doc) or stopped
        )
        first_line = not (candidates or short or body_begun)
        if (
            long_sentence
            and not stopped
            and sentences == 1
            and first_line
            and (_stamp_under(doc, paragraph) or _restated_below(doc, index))
        ):
            # a headline written as a sentence, closed by its stop, over the page's date stamp: "Generalkonsulin
            # besuchte Hessen und wurde von Minister X empfangen." over "29.05.2024 / 17:33"; no body line has a stamp
            candidates.append(paragraph)
            continue
        if (sentences >= 2 and not asks and not labelled) or long_sentence:
            if candidates or short:
                break  # the body has begun after the headline: its sentences are no headline
            body_begun = True
            continue
        if body_begun and line.endswith("."):
            continue  # a short sentence after the body's first ("Об этом передает X."): no headline
        if line[0] in "([" and line[-1] in ")]":  # an editor's note
            continue
        if line.endswith(":"):  # "Верительные грамоты Президенту вручили:": what opens a list, no headline
            if body_begun:
                break  # a list the body's first sentences open: its items are the body's, no headline
            continue
        parts = _SEPARATOR.split(line)
        if len(parts) >= _MIN_LIST_PARTS and all(len(part.split()) <= _MAX_LIST_WORDS for part in parts):
            continue  # a motto or a menu: "Union – Discipline – Travail", "News | Sport | Culture"
        if len(_BULLET.findall(line)) >= _MIN_LIST_PARTS - 1:
            continue  # a ticker of other stories: "X meets Y • Z signs deals • …"
        if _printed_twice(line):
            continue  # the page's tags, its list printed twice in one line: "X Y Россия политика X Y Россия"
        if (not candidates and not short and is_masthead(doc, index, events)) or _is_byline(line, doc):
            continue
        if words >= _MIN_WORDS:
            candidates.append(paragraph)
        elif _short_headline_over_stamp(doc, paragraph):
            candidates.append(paragraph)  # "Akkreditierung von Botschaftern" over "3. August 2010"
            short_stamped.append(paragraph)
        elif words < _MIN_EVENT_WORDS:
            tiny.append(paragraph)
        elif events.within(paragraph.start + len(line.split()[0]), paragraph.end):
            # a short line tells what happened when its event follows a subject ("PM meets envoy"); one that
            # opens on its event is a label ("Treffen in Kessel")
            short.append(paragraph)
        elif not labels and events.within(paragraph.start, paragraph.end) and not _is_letterhead(line, doc):
            labels.append(paragraph)  # "Antrittsbesuch von Botschafterin": the headline when the page has no other
        else:
            tiny.append(paragraph)
    # a letterhead ("Ministry of Foreign Affairs") comes before the headline, which says what happened
    # (a headline has no final full stop: a short sentence of the body that names an event is no headline)
    # an exclamation over the headline is a slogan or a banner ("80 лет Великой Победе!"), unless alone
    exclaimed = [p for p in candidates if p.text.rstrip().endswith("!")]
    if exclaimed and len(exclaimed) < len(candidates):
        candidates = [p for p in candidates if p not in exclaimed]
    stamped = [
        p
        for p in candidates
        if _stamp_under(doc, p)
        and (len(LETTER_WORD.findall(p.text)) >= _MIN_WORDS or p in short_stamped)
        and not _opens_with_label(p.text, doc)
        # a crumb or a notice over a date line that heads the story ("Usted está en: Portada" over "Martes, 08 de
        # agosto de 2017" over the headline): the story under it takes up none of its words
        and _taken_up(p.text, doc.text[p.end : p.end + _STORY_CHARS])
        and not (p is not candidates[0] and _copy_of_lead(doc, p))
    ]
    if stamped:
        # the line right above the page's date stamp is the story's headline, unless it is the standfirst under it,
        # or a label over the stamp with the headline printed twice under it
        twice = _printed_twice_under(doc, stamped[0], candidates)
        candidates = [twice or _headline_over_standfirst(doc, stamped[0], candidates, events) or stamped[0]]
    repeated = [p for p in candidates if _repeated_line(doc, p)]
    if repeated and not _caption_under_headline(doc, repeated[0], candidates):
        candidates = repeated[:1]  # the page prints its headline more than once (title, heading, share text)
    plain = [p for p in candidates if not _is_letterhead(p.text, doc) and not _describes_site(p.text, doc)]
    plain_or_short = sorted([*plain, *(p for p in short if not _is_letterhead(p.text, doc))], key=lambda p: p.start)
    named = [p for p in plain_or_short if doc.language and not p.text.endswith(".") and events.within(p.start, p.end)]
    chosen = (named or plain or candidates or labels or _tiny_headline(doc, tiny) or [None])[0]
    if named and plain and _headline_over_subhead(doc, plain[0], named[0]):
        chosen = plain[0]
    if chosen is None:
        return None
    chosen = _under_quoted_kicker(doc, chosen, candidates) or chosen
    chosen = _under_kicker(doc, chosen, [*candidates, *short])
    headline = _trimmed(doc, chosen.start, chosen.end)
    headline = _repeated_within(doc, headline, [*candidates, *short, *tiny]) or headline
    headline = _without_kicker(doc, headline)
    return headline if LETTER_WORD.search(headline.text) else None  # trimmed to a mark alone ("«"): no headline


def _under_quoted_kicker(doc: Document, kicker: Segment, candidates: list[Segment]) -> Segment | None:
    """The headline under the page's date stamp when the line chosen over the stamp is a quotation alone, a kicker
    ('"Wir bleiben Partner"' / "14. März 2023 10:05" / "Marin empfängt Berg in Port Luna"): the next headline-like
    line, with the stamp and a rubric at most between, that is no quotation itself and has no final stop."""
    text = kicker.text
    if text[:1] not in _QUOTE_OPENINGS or text[-1:] not in _QUOTE_CLOSINGS:
        return None
    if any(c in _QUOTE_OPENINGS or c in _QUOTE_CLOSINGS for c in text[1:-1]):
        return None  # two quotations, or a quotation with its speaker: the headline itself
    under = next((c for c in candidates if c.start > kicker.end), None)
    if under is None or under.text[:1] in _QUOTE_OPENINGS or under.text.endswith("."):
        return None
    between = [line for line in doc.text[kicker.end : under.start].split("\n") if line.strip()]
    stamped = any(_YEAR.search(line) for line in between)
    return under if stamped and len(between) <= _STAMP_LINES else None


def _printed_twice(line: str) -> bool:
    """The line opens and closes on the same run of words, a few at least ("Сергей X Иван Y Россия политика Сергей X
    Иван Y Россия"): a list of tags the page prints twice, no headline."""
    words = line.split()
    return any(words[:size] == words[-size:] for size in range(_MIN_TWICE_WORDS, len(words) // 2 + 1))


def _credited_caption(line: str, doc: Document) -> bool:
    """A photo's caption closed by its credit: after a sentence's stop ("Marin und Ostrik im Ministerium. Foto:
    Staatskanzlei"), or after the copyright mark ("Marin in Port Luna, © Botschaft Port Luna", "Посольство в Москве
    ©Анна Петрова"): no headline, though it may stand right over the page's date stamp or be printed twice."""
    _, mark, credit = line.rpartition(COPYRIGHT_MARK)
    if mark and len(credit.split()) <= _MAX_CREDIT_WORDS:
        return True
    if doc.language is None:
        return False
    caption = compiled(doc.language).cues.caption
    return any(caption.match(line, mark.end()) for mark in _SENTENCE_MARK.finditer(line))


def _source_line(line: str, doc: Document) -> bool:
    """A line that names the story's source after the language's label (`Language.source_labels`: "Con información
    de Prensa Latina y AFP", "По материалам ТАСС", "Source: AFP"): the story's foot, no headline, though it has no
    stop and the lines above it may all be short."""
    if doc.language is None:
        return False
    patterns = compiled(doc.language).source
    return bool(patterns.phrase_label.match(line) or patterns.label.match(line))


def _credited_report(line: str, doc: Document) -> bool:
    """A sentence closed by its stop and, before it, by the credit of who told it ("X принял послов Y и Z, передает
    пресс-служба Акорды."): the body's first sentence, which a headline never credits so."""
    if doc.language is None:
        return False
    tail = compiled(doc.language).cues.point_tail.search(line)
    rest = line[tail.start() :].lstrip(" ,") if tail else ""
    return bool(rest) and "," not in rest and len(rest.split()) <= _MAX_CREDIT_WORDS


def _restated_below(doc: Document, index: int) -> bool:
    """The one-sentence line at `index`, with no comma, figure or day, is a headline written as a sentence: the
    paragraph under it, twice as long at least, restates most of its words ("El gobernador se reunió con alcaldes
    de Valdoria." over "Para tratar …, el gobernador Paul Marin se reunió con los alcaldes …"); a lead sentence tells
    when, and whom in apposition."""
    line = doc.paragraphs[index].text
    following = doc.paragraphs[index + 1].text if index + 1 < len(doc.paragraphs) else ""
    if "," in line or any(c.isdigit() for c in line) or len(following.split()) < 2 * len(line.split()):
        return False
    language = doc.language
    days = {*language.weekdays, *language.relative_days} if language else set()
    words = [w.casefold() for w in LETTER_WORD.findall(line)]
    if any(w in days for w in words):
        return False
    stems = {w[:_STEM_LETTERS] for w in words if len(w) >= 4}
    restated = stems & {w.casefold()[:_STEM_LETTERS] for w in LETTER_WORD.findall(following)}
    return len(restated) >= _RESTATED_SHARE * len(stems) > 0


def _headline_over_subhead(doc: Document, first: Segment, named: Segment) -> bool:
    """The text opens on a headline whose matter the lead under its subhead takes up, and the subhead under it names
    the event ("Ministerpräsident X wirbt in Südamerika für …" over "Delegation … reist nach Brasilien und Chile",
    then "Hessens Ministerpräsident X wird … nach Südamerika aufbrechen"), maybe under a label or a site's name of a
    few words ("All news", "Andina"), with a rubric between the two ("Municipios") and a photo's caption before the
    lead; not a site's greeting over a headline ("Willkommen auf den Seiten …"), which the lead does not take up."""
    paragraphs = doc.paragraphs
    if _all_capitals(first.text):
        return False
    at = next((i for i, p in enumerate(paragraphs) if p.start == first.start), None)
    # a release's number and date over the headline ("Pressemitteilung Nr. 111/17, 11.04.2017") has few words
    if at is None or any(len(LETTER_WORD.findall(p.text)) >= _MIN_WORDS for p in paragraphs[:at]):
        return False
    under = at + 1
    while under < len(paragraphs) and not LETTER_WORD.search(paragraphs[under].text):
        under += 1  # the page's counters under the headline ("0 4": comments, views)
    if under < len(paragraphs) and paragraphs[under].start != named.start and _is_rubric(paragraphs[under].text):
        under += 1  # a rubric between the headline and its subhead
    if under >= len(paragraphs) or paragraphs[under].start != named.start:
        return False
    headline_words = {w.casefold()[:_STEM_LETTERS] for w in _SHARED_WORD.findall(first.text)}
    # a photo's caption or credit between the subhead and the lead is no lead ("Minister X TASS/Photographer"), nor
    # a caption printed twice, nor a dateline of a few words ("16:22 | Lima, feb. 8.")
    following = paragraphs[under + 1 : under + 1 + _HEAD_LINES]
    texts = Counter(p.text for p in following)
    body = [
        p
        for p in following
        if (_SENTENCE_MARK.search(p.text) or _reads_as_sentence(p.text))
        and texts[p.text] == 1
        and len(LETTER_WORD.findall(p.text)) >= _MIN_WORDS
    ]
    lead = " ".join(p.text for p in body[:_SUBHEAD_LEAD])
    lead_words = {w.casefold()[:_STEM_LETTERS] for w in _SHARED_WORD.findall(lead)}
    return len(headline_words & lead_words) >= _STANDFIRST_SHARE * len(headline_words) > 0


def _record_title(line: str, doc: Document) -> bool:
    """The title of an official record, however long: the document named first, then whose, the day it dates
    last, before the stop ("Lettre de félicitations de M. X, …, le 23 décembre 2006.", "Déclaration de M. X, …, à
    Paris le 4 octobre 2012."); a sentence of the body never opens on the document's noun."""
    language = doc.language
    if language is None or not line.endswith(".") or not _YEAR.search(line, max(0, len(line) - 6)):
        return False
    nouns = {d.split()[0].lower() for d in (*language.statement_documents, *language.source_documents)}
    opening = line.split(maxsplit=2)
    return len(opening) == 3 and opening[0].lower() in nouns and opening[1].lower() in language.role_links


def _reads_as_sentence(line: str) -> bool:
    """The line is as long as a sentence of the body, longer than a headline or a caption."""
    return len(line.split()) > _MAX_HEADLINE_SENTENCE_WORDS


def _opens_quotation(doc: Document, paragraph: Segment) -> bool:
    """A line that reports what the next one says: it ends in a colon and is a clause with a speech verb, or too long
    for a headline ("Paul Marin a reçu Jean Ostrik et a déclaré :" over "« … »"): the body's first sentence."""
    line = paragraph.text
    if not line.endswith(":") or len(line.split()) < _MIN_WORDS:
        return False
    if len(line.split()) > _MAX_HEADLINE_SENTENCE_WORDS:
        return True
    return bool(doc.language and compiled(doc.language).cues.speech.search(doc.lower, paragraph.start, paragraph.end))


def _stopped_sentence(doc: Document, index: int) -> bool:
    """The line closes on a single full stop and the page does not print it again right under it (a caption or a
    deck printed twice): in a language whose headlines have no stop, a sentence of the body."""
    line = doc.paragraphs[index].text.strip()
    below = doc.paragraphs[index + 1].text.strip() if index + 1 < len(doc.paragraphs) else ""
    return line.endswith(".") and not line.endswith("..") and below != line


def _repeated_line(doc: Document, paragraph: Segment) -> bool:
    """The line stands again, alone and the same, among the lines of the page's head, and ends with no full stop:
    the headline that a page prints as its title and again as its heading, unlike an advertisement or a teaser above
    it; a photo's caption printed twice ends with its stop ("… Foto: AFP.")."""
    line = paragraph.text.strip()
    if line.endswith(".") or paragraph.paragraph >= _HEAD_LINES:
        return False
    return sum(1 for other in doc.paragraphs[: _HEAD_LINES * 2] if other.text.strip() == line) >= 2


def _caption_under_headline(doc: Document, repeated: Segment, candidates: list[Segment]) -> bool:
    """The line the page prints twice stands under a headline-like line whose words the story under it tells
    ("Marin arrives in Port Luna for talks" over "Marin lands in Port Luna — Photo: X" twice): the caption of a
    photo, printed as its picture's text and under it, or a rubric; the page's own headline printed twice comes
    first, under furniture whose words the story does not tell (a site's motto, a menu)."""
    story = doc.text[repeated.end : repeated.end + _STORY_CHARS]
    return any(
        p.end <= repeated.start and not _is_letterhead(p.text, doc) and _told_below(p.text, story) for p in candidates
    )


def _told_below(headline: str, story: str) -> bool:
    """Most words of the line, or their stems, stand in the story under it: the story's own headline."""
    stems = {w.casefold()[:_STEM_LETTERS] for w in _SHARED_WORD.findall(headline)}
    told = stems & {w.casefold()[:_STEM_LETTERS] for w in _SHARED_WORD.findall(story)}
    return len(told) > _TOLD_SHARE * len(stems) > 0


def _copy_of_lead(doc: Document, paragraph: Segment) -> bool:
    """The line is the opening of a longer paragraph further down: the story's lead printed as a standfirst under the
    headline, over the date stamp ("Встреча с послом" / "Сегодня состоялась встреча …" / "18.06.2012, 20:04" /
    "Сегодня состоялась встреча ….")."""
    line = paragraph.text.strip()
    at = bisect_left([p.start for p in doc.paragraphs], paragraph.end)
    following = doc.paragraphs[at : at + _HEAD_LINES]
    return any(len(other.text) > len(line) and other.text.startswith(line) for other in following)


def _standfirst_over_headline(doc: Document, index: int) -> bool:
    """The long sentence at `index` is a standfirst: the next line is headline-like (no final stop, a few words)
    and repeats much of its matter ("Le Premier ministre reprend sa place à la Primature …" over "Retour du Premier
    ministre à la Primature …"); some pages print the standfirst above the headline, maybe with a kicker of a word
    or three between ("Dîner de travail")."""
    following = doc.paragraphs[index + 1 : index + 3]
    if len(following) > 1 and len(following[0].text.split()) < _MIN_WORDS and following[0].text[-1] not in ".:":
        following = following[1:]  # a kicker over the headline
    if not following:
        return False
    line = following[0].text
    if line.endswith((".", ":")) or not _MIN_WORDS <= len(line.split()) <= _MAX_SENTENCE_WORDS:
        return False
    headline_words = {w.casefold() for w in _SHARED_WORD.findall(line)}
    standfirst_words = {w.casefold() for w in _SHARED_WORD.findall(doc.paragraphs[index].text)}
    return len(headline_words & standfirst_words) >= _STANDFIRST_SHARE * len(headline_words) > 0


def _repeated_within(doc: Document, headline: Span, lines: list) -> Span | None:
    """A line of the head that is the headline again without what the other copy wears before or after it (a
    site's name: "X - Аргументы Недели" … "X"; a rubric: "Diplomatie: X" … "X"; a kicker of a few words run into
    the headline: "X" … "Italiens Präsident in Berlin X"): the headline as the story writes it."""
    whole = headline.text
    for line in lines:
        text = line.text.strip()
        if line.start == headline.start or len(text) >= len(whole) or len(text.split()) < _MIN_EVENT_WORDS:
            continue
        before = whole[: len(whole) - len(text)]
        later = line.start > headline.start and len(text.split()) >= _MIN_WORDS
        if later and (
            (whole.startswith(text) and _JOINT_AFTER.match(whole, len(text)))
            or (whole.endswith(text) and _crumb_before(before, text))
        ):
            return _trimmed(doc, line.start, line.end)
        if whole.endswith(text) and before.endswith(" ") and len(before.split()) <= _MAX_KICKER_WORDS:
            return _trimmed(doc, line.start, line.end)  # the copy standing alone on its line has no kicker
    return None


def _under_kicker(doc: Document, chosen: Segment, lines: list[Segment]) -> Segment:
    """The line right under a kicker in capitals ("LOS REPRESENTANTES INTERCAMBIARON IMPRESIONES" over "Embajadores
    se reúnen en Quito …", no blank line between): the headline is the longer line in running case under the short
    kicker; a headline in capitals stays itself over its standfirst, caption or body."""
    kicker_words = len(chosen.text.split())
    if not _all_capitals(chosen.text) or kicker_words > _MAX_KICKER_WORDS:
        return chosen
    index = next((i for i, p in enumerate(doc.paragraphs) if p.start == chosen.start), None)
    following = doc.paragraphs[index + 1] if index is not None and index + 1 < len(doc.paragraphs) else None
    if (
        following
        and any(line.start == following.start for line in lines)
        and not _all_capitals(following.text)
        # a kicker sits right over its headline; a line set apart under a headline in capitals is its standfirst,
        # a caption or the body
        and following.paragraph == chosen.paragraph + 1
        and not following.text.rstrip().endswith(".")
        and len(following.text.split()) > kicker_words
    ):
        return following
    return chosen


def _without_kicker(doc: Document, headline: Span) -> Span:
    """The headline without the one-word kicker a page printed before it on its line, a section's or a topic's name
    ("Internacionales Canciller Marin recibe …", "Konflikte Marin empfängt …"), before a headline in running case that
    opens on a capital or a quotation and that the story takes up; not a role before a name ("Kanzlerin Marin
    empfängt …"), nor a name's first word that the story repeats with the next ("Política Exterior"); or without a
    kicker of a few words that the headline runs on from, opening again on a determiner (`_restarted_on_determiner`)."""
    language = doc.language
    if language is not None and (restart := _restarted_on_determiner(doc, headline)) is not None:
        return restart
    opening = _KICKER.match(headline.text)
    if language is None or opening is None or len(headline.text.split()) <= _MIN_WORDS:
        return headline
    kicker, following = opening["kicker"], opening["next"].lstrip("«„“\"'")
    if not following[0].isupper() or kicker.casefold() not in {name.casefold() for name in language.section_names}:
        return headline
    rest = headline.text[opening.start("next") :]
    story = doc.text[headline.end : headline.end + _STORY_CHARS]
    # a headline in title case ("World Bank Chief Meets Envoy") or a name the story repeats has no kicker
    running = any(word[0].islower() for word in LETTER_WORD.findall(rest))
    if not running or f"{kicker} {following}".lower() in story.lower() or not _taken_up(rest, story):
        return headline
    return _trimmed(doc, headline.start + opening.start("next"), headline.end)


def _restarted_on_determiner(doc: Document, headline: Span) -> Span | None:
    """The headline proper after a kicker of a place or a rubric run into it on its line ("Valport - Jumelage Le
    maire en visite à Port Luna", "Valport Le gouverneur visite …"): within a line in running case, a determiner of the
    language written with a capital before a word in small letters opens a new heading, as a sentence does; what
    stands before it, a few words with no stop, is the kicker. Not a name that opens on a determiner ("Le Drian", "La
    Paz"), whose next word is a capital, nor a headline that the story under it does not take up."""
    text = headline.text
    if len(text.split()) <= _MIN_WORDS:
        return None
    determiners = {d.casefold() for d in doc.language.determiners}
    words, at = [], 0
    while len(words) <= _MAX_RUN_KICKER_WORDS + 1 and (word := _KICKER_WORD.match(text, at)):
        words.append(word)
        at = word.end()
    restart = next(
        (
            word
            for word, second in pairwise(words[1:])
            if word["word"][0].isupper()
            and word["word"].casefold() in determiners
            and second["word"][0].islower()
            and second.start("word") == word.end() + 1
        ),
        None,
    )
    if restart is None:
        return None
    rest = text[restart.start("word") :]
    story = doc.text[headline.end : headline.end + _STORY_CHARS]
    if len(rest.split()) < _MIN_WORDS or not _taken_up(rest, story):
        return None
    return _trimmed(doc, headline.start + restart.start("word"), headline.end)


def _opens_on_label(line: str) -> bool:
    """The line's first sentence is a label of a few capitalised words before the headline proper ("Visita
    protocolar. …", "Diplomatie. …"): a rubric the page printed on the headline's line."""
    label, _, rest = line.partition(". ")
    words = label.split()
    return bool(words and rest) and len(words) <= _MAX_LABEL_WORDS and words[0][0].isupper() and rest[0].isupper()


def _all_capitals(line: str) -> bool:
    """Every letter of the line is a capital, and it has a few words."""
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= _MIN_WORDS and all(c.isupper() for c in letters)


def _crumb_before(before: str, headline: str) -> bool:
    """What a copy of the headline wears before it is a rubric or a crumb: joined by a mark ("Diplomatie: X"),
    numbered as a trail's last item ("3. X"), or a word glued to it with no space ("ГлавнаяX", a trail's "Home")."""
    glued = before[-1:].islower() and headline[:1].isupper()
    return bool(_JOINT_BEFORE.search(before) or _NUMBERED_ITEM.fullmatch(before) or glued)


def _trimmed(doc: Document, start: int, end: int, *, own_title: bool = False) -> Span:
    """The headline without what the page glued to it: a date line joined under it ("le 19 février 2004 à
    00h00"), a publication or byline stamp after it, the site's address or, in a text's first line, its name
    (a page's own title keeps its site name, as the page states it), a leading quoting mark, a dispatch's credit
    before it ("AMI - X", "[Bundesregierung - 14.06.2013] X")."""
    text = doc.text[start:end]
    if doc.language:
        stamp = compiled(doc.language).headline.stamp.search(text)
        if stamp and stamp.start() > 0:
            text = text[: stamp.start()]
    line_break = next((at - start for at in doc.joined_breaks if start < at < len(text) + start), -1)
    below = text[line_break + 1 :]
    # what the line under the headline holds: a date line ("le 19 février 2004", "02-ноя, 16:15"), not the
    # headline's own words that name a year ("… invite son homologue à venir en 2021")
    stamped = _YEAR.search(below) or _CLOCK.search(below)
    if line_break > 0 and (
        (stamped and _is_date_line(below, doc)) or _is_byline(below, doc) or _is_stamp_label(below, doc)
    ):
        text = text[:line_break]
    text = _DOMAIN_TAIL.sub("", text)
    last = _LAST_PART.search(text)
    if last and not own_title and last.start() > 0 and _names_the_outlet(last["part"], doc):
        text = text[: last.start()]
    marks = _LEADING_MARKS.match(text)
    skipped = marks.end() if marks and marks.end() < len(text) else 0
    skipped = credit_end(text, skipped, len(text))
    return doc.span(start + skipped, start + len(text))


def _is_stamp_label(line: str, doc: Document) -> bool:
    """A publication label alone, its date on the next line ("erstellt am", "publié le"): no part of a headline."""
    return (
        doc.language is not None
        and len(line.split()) <= _MAX_LABEL_WORDS
        and bool(compiled(doc.language).dates.publication_line.match(line.lower()))
    )


def _is_byline(line: str, doc: Document) -> bool:
    """A short byline: a label and a name or an outlet ("Por viprensa", "Von Anna Berger", "By Jo Lind, Staff
    Writer")."""
    words = line.split()
    labels = {label.casefold() for label in doc.language.byline_labels} if doc.language else set()
    return 1 < len(words) <= _MAX_BYLINE_WORDS and words[0].casefold() in labels


def _opens_with_label(line: str, doc: Document) -> bool:
    """The line opens with a byline's label ("Par : Li Wei | Mots clés : …", "By Anna Berger"): a byline, however
    long the rest of its line."""
    words = line.split(maxsplit=1)
    labels = {label.casefold() for label in doc.language.byline_labels} if doc.language else set()
    return bool(words) and words[0].strip(":").casefold() in labels


def _names_the_outlet(part: str, doc: Document) -> bool:
    """The page's site name, a name of the agencies register, or a name with an outlet word ("Daily News")."""
    if doc.page.site_name and part.casefold() == doc.page.site_name.casefold():
        return True
    if agencies_named(part):
        return True
    return bool(doc.language and compiled(doc.language).source.outlet_word.search(part))


def is_masthead(doc: Document, index: int, events: EventHits) -> bool:
    """The page's name over its menu: a short line that names an outlet ("The Evening Post") and no event, or
    one under which the menu's links follow ("News" / "Politics" / "Sports"), not the share buttons under a
    headline: no headline. An outlet's name that opens the story ("Ammon News -") is its credit, no masthead."""
    paragraph = doc.paragraphs[index]
    if _SITE_ADDRESS.match(paragraph.text) and not events.within(paragraph.start, paragraph.end):
        return True  # the site's address and its motto: "Example.net, l'actualité du pays"
    if len(paragraph.text.split()) > _MASTHEAD_WORDS or events.within(paragraph.start, paragraph.end):
        return False
    if paragraph.text.endswith(_OPENING_MARKS):
        return False
    following = [p.text for p in doc.paragraphs[index + 1 : index + 1 + _MENU_LINKS]]
    menu = len(following) == _MENU_LINKS and all(is_link_line(line, doc.language) for line in following)
    return menu or _names_the_outlet(paragraph.text, doc)


def _is_letterhead(line: str, doc: Document, whole_word: bool = False) -> bool:
    """A line that opens with an institution's name ("MINISTÈRE DES AFFAIRES ÉTRANGÈRES", "Embassy of …"); with
    `whole_word`, as a word of its own, not the head of a compound ("Botschafterkonferenz")."""
    if doc.language is None:
        return False
    opening = line.casefold()
    return any(
        opening.startswith(word.casefold()) and not (whole_word and opening[len(word) : len(word) + 1].isalpha())
        for word in doc.language.institution_words
    )


def _describes_site(line: str, doc: Document) -> bool:
    """The line is the site's description of itself over its menu or headline ("Информационно-аналитическое
    интернет-издание Орловской области", "Das Nachrichtenportal für Nordhessen"): a site noun of the language
    (`Language.site_nouns`) among its first words, on its own, after a hyphen ("интернет-издание") or, where the
    language compounds, as a compound's last part ("Stadtportal")."""
    language = doc.language
    if language is None or not language.site_nouns:
        return False
    words = [word.strip("«»„“\"'.,:;()") for word in line.casefold().split()[:_SITE_WORDS]]
    opening = f" {' '.join(words)} "
    for noun in (noun.casefold() for noun in language.site_nouns):
        if " " in noun:
            if f" {noun} " in opening:
                return True
        elif any(w == noun or w.endswith("-" + noun) or (language.compounds and w.endswith(noun)) for w in words):
            return True
    return False


def _stamp_under(doc: Document, paragraph: Segment) -> bool:
    """The next line of the text is the page's date stamp: a date with a year and a publication word or a label at
    most ("Publié le jeudi 18 mai 2017 à 00h30min", "14.10.2014 - Pressemitteilung", "miércoles, 23 de enero de
    2019", "12 марта 2024 г."), maybe under a rubric of a word or two ("Schwerpunktthema: Bericht"); the line above
    it is the headline, however short, whatever site name, motto or rubric stands higher."""
    following = doc.text[paragraph.end :].lstrip()
    line, _, rest = following.partition("\n")
    line = line.strip()
    if _is_rubric(line):  # "Akkreditierung von Botschaftern" / "Schwerpunktthema: Bericht" / "3. August 2010"
        line = rest.lstrip().split("\n", 1)[0].strip()
    # a stamp has no final stop but a year's abbreviation ("Опубликовано: 12 марта 2024 г.")
    closed = line.endswith(".") and not (doc.language and line.endswith(doc.language.year_marks))
    if not line or not _YEAR.search(line) or len(line.split()) > _STAMP_WORDS or closed:
        return False
    cue = compiled(doc.language).dates.publication_line.search(line.lower()) if doc.language else None
    return bool(cue) or _is_date_line(line, doc) or len(LETTER_WORD.findall(_CALENDAR_FIGURES.sub("", line))) <= 1


def _printed_twice_under(doc: Document, label: Segment, candidates: list[Segment]) -> Segment | None:
    """The first line after the one over the page's date stamp, when the page prints it twice, one copy right under
    the other, and that line is no copy itself: the headline under a rubric or the site's name over the stamp ("Royal
    Activities" / "Tuesday 24 September 2013" / "The King receives ambassadors" twice); not a caption printed twice
    under the headline, whose words the story under it tells."""
    first = next((p for p in candidates if p.start > label.end), None)
    if first is None or _repeated_line(doc, label):
        return None
    at = bisect_left([p.start for p in doc.paragraphs], first.start) + 1
    if at >= len(doc.paragraphs) or doc.paragraphs[at].text.strip() != first.text.strip():
        return None
    return None if _caption_under_headline(doc, first, [label]) else first


def _headline_over_standfirst(
    doc: Document, line: Segment, candidates: list[Segment], events: EventHits
) -> Segment | None:
    """The headline right over the line chosen over the page's date stamp, when that line is its standfirst: a shorter
    line above it, with no final stop, that names the event after its subject and whose matter the lead takes up ("X
    empfängt den Botschafter" / "Zuvor hatte der Botschafter bereits Audienz bei …" / "13.10.2017 | 17:00"); a kicker
    over the headline names no event ("Zum ersten Mal nach der Wahl"), opens on it ("Gespräch über …") or is longer."""
    at = candidates.index(line)
    above = candidates[at - 1] if at > 0 else None
    starts = [p.start for p in doc.paragraphs]
    if above is None or bisect_left(starts, above.start) + 1 != bisect_left(starts, line.start):
        return None  # the line over the standfirst, no other line between
    # the headline tells what happened after its subject; a kicker that opens on its event is a label
    subject = len(above.text.split()[0])
    if above.text.rstrip().endswith(".") or not events.within(above.start + subject, above.end):
        return None
    if len(above.text.split()) >= len(line.text.split()):
        return None
    return above if _headline_over_subhead(doc, above, line) else None


def _tiny_headline(doc: Document, lines: list[Segment]) -> list[Segment]:
    """The last line of two or three words right over the story, when the page has no longer headline: a short headline
    that names no event ("Hoher Besuch", "Botschafterkonferenz in Berlin"), each of its words a word of letters,
    whose matter the story under it takes up; not a rubric or the site's name above it ("Politik", "Landesregierung
    Valdland"), whose words the story does not repeat."""
    starts = [p.start for p in doc.paragraphs]
    for line in reversed(lines):
        text = line.text
        if ":" in text or len(LETTER_WORD.findall(text)) != len(text.split()) or _is_letterhead(text, doc, True):
            continue
        if _person_alone(text, doc):
            continue  # a person's name alone ("Anna Berger"): a byline or a photo's name, no headline
        at = bisect_left(starts, line.start) + 1
        following = doc.paragraphs[at].text if at < len(starts) else ""
        if len(following.split()) < _STORY_WORDS:
            continue  # a line over a caption, a widget or a list ("Armin Laschet", a photo's name), no headline
        if _taken_up(text, doc.text[line.end : line.end + _STORY_CHARS]):
            return [line]
    return []


def _person_alone(line: str, doc: Document) -> bool:
    """The line is one person's name, of two words or more, and nothing else."""
    if doc.language is None:
        return True
    names = find_names(line, 0, len(line), doc.language)
    return any(len(m.tokens) >= 2 and m.end - m.start == len(line) for m in names)


def _taken_up(headline: str, story: str) -> bool:
    """A word of the headline, or its stem (its first letters), stands in the story ("Besuch" in "besuchte")."""
    stems = {w.casefold()[:_STEM_LETTERS] for w in _SHARED_WORD.findall(headline)}
    return any(w.casefold()[:_STEM_LETTERS] in stems for w in _SHARED_WORD.findall(story))


def _short_headline_over_stamp(doc: Document, paragraph: Segment) -> bool:
    """A line of a few words, each a word of letters and no label's colon, right over the page's date stamp, whose
    matter the story under the stamp takes up: a short headline ("Akkreditierung von Botschaftern" over "3. August
    2010", then "… von sechs Botschaftern …"); not a widget's label and value ("Tiempo de lectura: -'") nor the site's
    name over its date ("L'Actualité en Valdoria")."""
    line = paragraph.text
    if ":" in line or len(LETTER_WORD.findall(line)) != len(line.split()) or not _stamp_under(doc, paragraph):
        return False
    headline_words = {w.casefold() for w in _SHARED_WORD.findall(line)}
    story = doc.text[paragraph.end : paragraph.end + _STORY_CHARS]
    return any(w.casefold() in headline_words for w in _SHARED_WORD.findall(story))


def _is_rubric(line: str) -> bool:
    """A page's label of what kind of item it shows, between a headline and its date stamp: a word or two, maybe after
    a label and a colon ("Schwerpunktthema: Bericht", "Pressemitteilung"), with no figure and no final stop."""
    return 0 < len(line.split()) <= _RUBRIC_WORDS and not _CALENDAR_FIGURES.search(line) and not line.endswith(".")


def _dated_stamp(doc: Document, paragraph: Segment, events: EventHits) -> bool:
    """A short line that holds a full date, its year included, and names no event: the page's stamp with its place,
    byline or labels ("Wien, 12. Oktober 2009 Aussendung", "Redaktion 19.08.2020 Lesedauer: 1 Minute", "vendredi 12
    octobre 2018 - par X"), no headline; not a headline that gives its day in brackets ("X reconnu (18 avril 2009)")."""
    if doc.language is None or len(paragraph.text.split()) > _STAMP_LINE_WORDS or paragraph.text.endswith("."):
        return False
    if events.within(paragraph.start, paragraph.end):
        return False
    dates = compiled(doc.language).dates
    lower, start, end = doc.lower, paragraph.start, paragraph.end
    found = [m for m in dates.absolute.finditer(lower, start, end) if m["y1"] or m["y2"]]
    found += [m for m in dates.numeric.finditer(lower, start, end) if m["isep"] or m["hc"] or len(m["c"] or "") == 4]
    return any(not lower[start : m.start()].rstrip().endswith("(") for m in found)


def _is_date_line(line: str, doc: Document) -> bool:
    """A line of weekday and month names and figures, maybe linked by short words ("Lundi 19 septembre 2022",
    "Miércoles, 2 de diciembre de 2026")."""
    if doc.language is None:
        return False
    calendar = doc.language.months.keys() | doc.language.weekdays.keys()
    words = [w.strip(",.").lower() for w in line.split()]
    other = [w for w in words if w and w not in calendar and not any(c.isdigit() for c in w)]
    # one label at most besides linking words: "Rédigé le Mercredi 19 Novembre 2025", "Posted on 3 May 2021"
    return len([w for w in other if len(w) > _LINKING_WORD]) <= 1
