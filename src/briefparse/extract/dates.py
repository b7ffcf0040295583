"""Dates: list every date-like span with its features, resolve missing years, then pick.

Scoring rule for the event date (highest wins, ties to the earliest):
  +3   the sentence reports the event (a meeting, call, visit or signing verb)
  +1   the sentence is the title or the lead (first sentence of the body)
  -0.3 per sentence of distance from the start
  -2   a publication date (dateline, "Publié le", a line holding little else)
  -4   more than 20 days before, or after, the publication date found in the text
       (-2 against the reference date when the text states no publication date)
The publication date is the first candidate in a dateline, a standalone date line or after a
publication cue.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, pairwise

from briefparse.analysis import Analysis
from briefparse.analysis.cues import CORE_EVENTS, EventHit, is_caption, is_link_line, leaves_no_place
from briefparse.analysis.dateline import is_dateline_date, photo_credit_follows
from briefparse.document import Document
from briefparse.lang import get_language
from briefparse.lang.base import Language
from briefparse.lang.bylines import BYLINE_CUES
from briefparse.lang.cldr import month_first, weekdays_capitalised
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import HALF_OF_DAY, LOWER, UPPER, fold
from briefparse.lang.letters import LETTER_WORD as _WORD
from briefparse.lazy_regex import lazy_compile
from briefparse.load.html_dates import named_month_dates
from briefparse.models import DateEvidence
from briefparse.officeholders import holders_named, in_office
from briefparse.places import place_kind
from briefparse.ranges import Ranges

_MIN_YEAR, _MAX_YEAR = 1000, 2100
_GRACE_DAYS = 7
_STANDALONE_SLACK = 32
_PRESS_HEADING_WORDS = 4  # words between a press document's name and its date at most ("Nr.", "vom")
_LINE_MARKS = " \t•·*>|-–—"  # marks that may open a line before its first word
_LINE_REACH = 200  # a publication cue or dateline sits close to its date
_RECENT_DAYS = 20
_WEEK = 7
_THIS_WEEK_BACK = 3  # days back a demonstrative weekday may lie ("ce jeudi"); further, it is the coming one
_ANNOUNCED_DAYS = 90  # a visit or a summit is announced weeks, even months, ahead
_APPOSITION = 3  # a comma and spaces between a relative word and the date that restates it
_ARTICLE = 3  # and an article ("hier le 25 octobre")
#: the city a press document was issued in, opening its heading line (read in small letters): "berne, " in "Berne,
#: Communiqué de presse, …"
_ISSUING_CITY = lazy_compile(r"(?P<city>[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){0,2}?)[^\S\n]*,[^\S\n]*")
_BARE_YEAR = lazy_compile(r"(?<![\w.,/-])(?:19|20)\d\d(?![\w.,/-]\d|\w)")  # "en 2016", not "1.2016" nor "2016-03"
_SAME_OCCASION_DAYS = 3  # a day this close to the event's may be one of its days (a summit's, the eve's)
_NEAR_STATED_YEAR = 2  # a weekday's agreeing year this close to a year the text states is that year
_TITLE_LETTERS = 5  # the fewest letters of a role's word after which a surname alone names an officeholder
_SINCE_YEAR_WINDOW = 45  # characters before a bare year searched for the word of "since" that opens its phrase
_AFTER_BARE_YEAR = 4  # years after a year the text writes alone in which a weekday's agreeing year still falls
_SCHEDULE_LINES = 6  # the lines under a day's heading read for its programme's times
_OWN_KIND = 0.5  # a sentence reporting an event of the brief's own kind: the call of a brief about a call
_REPORTED_DAY = 0.1  # breaks ties between dates of one sentence, never outweighs a sentence's rank
_STALE_DAYS = 60  # a brief is published within weeks of the event its lead dates in full
_REPORTING_REACH = 40
_NEAR_EVENT = 0.05  # breaks ties between dates of one sentence: the one beside the brief's own event phrase
#: outweighs the two ties above, never a sentence's rank: a day marked as past beside an unmarked one
_RECALLED_DAY = 0.2
#: outweighs the tie of the day beside the event's phrase, never a sentence's rank: a day told in a relative clause
#: about a person ("X, qui est arrivé samedi soir, a été reçu dimanche") beside a day of the main clause
_RELATIVE_CLAUSE_DAY = 0.1
_SUPERSEDED_DAY = 4  # a weekday after the lead, earlier than the lead's own: an occasion the story recalls
#: outweighs a sentence of the brief's own kind: a day announced after the day the lead reports its event as done
_ANNOUNCED_AFTER_DONE = 0.5
_BACKGROUND_DAYS = 366
_LEAD_SENTENCE = 1
_HELD_ON_MARGINS = frozenset({"meeting", "phone_call"})  # events a gathering's opening day does not date
_OPENING_REACH = 60  # characters of a clause before a date that tells when a gathering opened
_TEMPLATE_HEAD = 1500  # characters of a page's head where its template may write a date line in another language
_CLAUSE_MARKS = (",", ";")  # marks that part a clause from the next within a sentence
_PAIRED_SENTENCES = 1  # a weekday this close to a day without its year names the same day
_NAME_WORDS = 4  # the most words of a name set off by commas
_LIST_GAP = 3  # lines from one dated item of a list of stories to the next ("Title" / "Date" / "Next article")
_SPAN_DAYS = 7  # two dates a range word joins this close are one visit's or one gathering's days
_LEAP_YEAR = 2000  # a year with every day of the calendar, for two dates that give none
_DIGIT = lazy_compile(r"\d")
_CLOSING_BRACKET = lazy_compile(r"[^\S\n]*\)")
_LAST_WORD = lazy_compile(r"[\w.]+$")  # the last word of a line before its full stop, an abbreviation's dots within
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", "»", "\"", "”", ")")
_CREDIT_WORDS = 3  # the most words of a text's credit after its last sentence ("Text: LPD", "(dpa/red)")
_BARE_LINE_WORDS = 2  # words beside the date on a line that holds little else ("Posted on …", "Flag …")
_FAR_FROM_PUBLICATION, _FAR_FROM_REFERENCE = 4, 2
#: the first day of Unix time: the stamp a page's template prints for a date it does not have ("Updated: 00:00 GMT,
#: Jan 1, 1970"), never a day the story tells of
_EMPTY_STAMP = (1970, 1, 1)
#: a time of day right after a date, maybe after a comma, a bar, a slash or a short word ("à", "um", "at")
_FUTURE_REACH = 90
_CAPTION_CHARS = 400  # longest line read as a photo's caption: a longer paragraph closed by a credit is the story
_RANGE_START_REACH = 16  # characters before a date in figures where a range's first day is looked for
_CUE_REACH = 12  # characters before a day in figures where the word that makes it a date is looked for
#: the most words of a line where a date, then an update label, are the page's stamp and its update (no sentence)
_UPDATED_STAMP_WORDS = 8
_BRACKET_REACH = 16  # characters before a day in figures where its weekday and the bracket opening it are looked for
_NAME_REACH = 40  # characters before a weekday where the word that opens its name is looked for
_SITE_REACH = 40  # characters before a day read for the noun of a site named after it
_SENTENCE_OPENERS = frozenset('.!?:«»"“”(–—-')  # marks after which a capitalised weekday opens a sentence or a title
#: a clause ends at a stop, but not at an abbreviation's full stop ("Washington D.C. from April 23")
_CLAUSE_END = lazy_compile(rf"[,;:!?()\n]|\.(?![^\W\d_]|\s+[{LOWER}])")
_WIDGET_LABEL = 12  # characters of a label before a page's date widget
_WIDGET_REACH = 1500  # a brief's own date line follows the page's date widget closely
#: a month's name, then the day's figures: the date written month first ("abril 20, 2024")
#: a day-first date whose year a comma sets off ("15 Mai, 2024", "27 July, 2025")
_YEAR_AFTER_COMMA = lazy_compile(r"\d{1,2}\.?[^\S\n]+[^\W\d_]+\.?,[^\S\n]*\d{4}$")
_TEMPLATE_NAMES = 2  # a weekday and a month in another language: no more words a clock's date holds
_MONTH_THEN_DAY = lazy_compile(r"([^\W\d_]+)\.?[^\S\n]+\d{1,2}(?!\d)")
#: a weather reading: a temperature with its degree sign, or a figure and the scale's letter alone at the end of its
#: line ("+14 °C", "+10 °С, облачно", "19.6 C")
_TEMPERATURE = lazy_compile(
    r"(?<![\w.,])[+\-−–]?\d{1,2}(?:[.,]\d)?[^\S\n]*(?:°[^\S\n]*[CFС]?|[CF][^\S\n]*$)", re.M
)
_WEATHER_LINES = 2  # a page's weather widget stands this many lines from its clock at most
_LEAD_WORDS = 12  # the first line this long opens the story
_STORY_LINE_WORDS = 40  # a line this long under a list of other stories is the story going on
_HEADLINE_WORDS = 5  # a line of this many words or more above a date line is the brief's headline
_HEADLINE_DATE_WORDS = 4  # words before a date on the first line that make it a headline rather than a date line
#: after a date's time of day, a sentence that goes on ("… à 10h00, le président a reçu …", "… at 10:00 in Rome.")
_SENTENCE_GOES_ON = lazy_compile(r"^[^\S\n]*[,;]|[.!?][\"»”)]?[^\S\n]*$")
#: a byline opening a line, then a name ("Par Paul Dubois le …", "By Ann Lee on …", "Rédigé par …"): no headline
_BYLINE_OPENS = lazy_compile(rf"^[^\w\n]*(?i:{BYLINE_CUES})[^\S\n]*:?[^\S\n]+[{UPPER}]")
#: "point de presse, mardi", "on Tuesday"
_STATEMENT_TO_DAY = lazy_compile(r"[^\S\n]*,?[^\S\n]*(?:\w{1,3}[^\S\n]+){0,2}")
_QUOTE_OPEN = lazy_compile(r"[«“„][^«»“”„]*\Z")  # a quotation open before a word on its line
_QUOTE_CLOSE = lazy_compile(r"[^«»“”„]*[»”“]")  # and closed after it
_OCCURRED_REACH = 20  # characters before a date where the participle of an incident's happening is looked for
_DEATH_REACH = 160  # characters before a date where the noun of a death or a verb of dying is looked for
_SCHEDULED_REACH = 40  # characters before a date where a participle that sets a coming occasion on it is looked for
_EVENT_PHRASE_REACH = 40  # characters before a participle of happening where the event phrase it follows may start
_EVENT_PHRASE_GAP = " ,"  # what may stand between that phrase and the participle
_INCIDENT_FREE_EVENTS = frozenset({"meeting", "phone_call", "visit"})  # events no incident's day dates
_NOUN_DAY_REACH = 40  # characters before a weekday where the noun it is the day of, and the link, are looked for
_DOCUMENT_REACH = 40  # characters before a date where a document's noun and its link ("agreements of ") are looked for
_SINCE_REACH = 12  # characters before a date where the word that makes it a start ("depuis le ") is looked for
_SINCE_CLAUSE_REACH = 60  # characters before a date where the word that opens its clause of a state's start may stand
_FIRST_SEPTEMBER_SESSION = 2  # the UN General Assembly's first session to open in September (1947)
_SESSION_OPENING_MONTH = 9  # the month a regular session of the UN General Assembly opens
_ANNIVERSARY_REACH = 160  # characters before a full date where the anniversary counted from it is looked for
_ANNIVERSARY_COUNT = 10  # fewer returns leave open whether the date is the origin or the celebration's own day
_LONG_AGO_REACH = 24  # characters after a day where a phrase of weeks or more back ("vergangenen Jahres") is looked for
_LONG_AGO_LINK = 3  # characters of a link word between a day and that phrase at most ("de l'année dernière")
#: a date in figures spaced after its dots, alone on its line ("16. 09. 08"), as a page prints it under its label
_SPACED_FIGURES = lazy_compile(
    r"^[^\S\n]*(?P<d>[0-3]?\d)\.[^\S\n]+(?P<m>[01]?\d)\.[^\S\n]+(?P<y>\d\d(?:\d\d)?)[^\S\n]*$", re.M
)
_LABEL_WORDS = 3  # words of a publication label on a line of its own ("erstellt am", "Veröffentlicht am")
_STAMP_WORDS = 8  # words before the date on an issuer's closing stamp line ("Meldung der Agentur X vom")
_STAMP_OPENERS = " \t([\"'«“„"  # signs a closing stamp may open on ("(\"Die Zeitung\", Print-Ausgabe, 27.04.2018)")
_LINK_WORDS = 3  # words of a link line under a closing stamp ("Zur Startseite")
#: a credit and a comma in brackets before a date that closes its bracket and its line: the signature a dispatch ends
#: on ("… (Reuters, 27.3.2017)", "(APA, 12.3.2019)"), which dates it
_CREDIT_BEFORE_DATE = lazy_compile(r"\([^\S\n]*[^\W\d_][\w/.&-]*(?:[^\S\n]+[^\W\d_][\w/.&-]*){0,2}[^\S\n]*,[^\S\n]*\Z")
_CREDIT_AFTER_DATE = lazy_compile(r"[^\S\n]*\)[^\S\n]*\Z")
#: a comma and an outlet's capitalised name closing the line after a date ("16.01.2024, Valdor Presse")
_CREDIT_CLOSES_LINE = lazy_compile(
    rf"[^\S\n]*,[^\S\n]*[{UPPER}][\w.&'’-]*(?:[^\S\n]+[{UPPER}][\w.&'’-]*){{0,2}}[^\S\n]*\Z"
)
#: a name or a place in capitals after the last sentence's stop, and a dash or a comma, before the date that ends the
#: text on that line ("… de la région. Jean MARTIN – 19 décembre 2012", "… la coopération. Porta Nova, 2 mai 2024")
_SIGNATURE_BEFORE_DATE = lazy_compile(
    rf"[.!?»”…][^\S\n]+[{UPPER}][\w'’.-]*(?:[^\S\n]+[{UPPER}][\w'’.-]*){{0,3}}[^\S\n]*[–—,-][^\S\n]*\Z"
)
_STOPS = (".", "!", "?", "»", "”", "…")  # marks a sentence ends on
#: a bar or a bullet between the cells of a stamp line ("Nr. 194/2017 | 12.09.2017 | Ministerpräsidentin")
_POST_HANDLE = lazy_compile(r"\(@\w+\)[^\S\n]*")  # an embedded post's signature names its author's handle
_CELL_BAR = lazy_compile(r"[^\S\n]+[|•·][^\S\n]+")
#: a line that opens on a time of day and goes on with what happens then: "11h15 : Entretien avec …", "15 h 55 :
#: Arrivée …", "9h Échanges …", "10.00 Uhr Empfang …"; a programme's slot
_SLOT = lazy_compile(
    r"[^\S\n]*(?:[-–•*·][^\S\n]*)?[0-2]?\d(?:[^\S\n]?h(?:[^\S\n]?[0-5]\d)?|[:.][0-5]\d)(?![\w.:])[^\n]*?[^\W\d_]"
)
_DASH_CELL = lazy_compile(r"[^\S\n]+[-–—][^\S\n]+\S")  # a dash between spaces, then the next cell's first sign
# maybe after a comma, a bar, a slash, a dash, a dot or a bullet ("18.10.2013 • 21:42 Uhr", as `_CELL_BAR` sets off
# cells), maybe with its half of the day: "5:37 p. m.", "9:15 am"; or joined to the date by ISO 8601's "T"
# ("2017-02-10T20:39")
_TIME_STAMP = lazy_compile(
    r"^(?:T|[^\S\n]*[,|·•/-]?[^\S\n]*(?:\w{1,5}\.?[^\S\n]+)?)[0-2]?\d[:h][0-5]\d(?!\d)"
    rf"(?:[^\S\n]*{HALF_OF_DAY})?"
)
#: a byline right after the date, on the line the date opens: "06.09.2021 von Anna Muster in Campus", "12 mars 2024
#: – par Jean Dupont"
_BYLINE_AFTER_DATE = lazy_compile(rf"[^\S\n]*[,|·•–-]?[^\S\n]*(?i:{BYLINE_CUES})[^\S\n]+[{UPPER}]")


@dataclass(frozen=True)
class DateCandidate:
    """A date found in the text, with what is known about it."""

    value: dt.date
    start: int
    end: int
    basis: str
    year_inferred: bool
    sentence: int
    is_publication: bool
    ahead: bool = False  # a coming weekday: it may fall in the days after the publication date
    past: bool = False  # a weekday marked as past ("jeudi dernier", "el viernes pasado"): a day the text looks back on


@dataclass(frozen=True)
class _Mention:
    """A date as written, before a missing year or a relative word is resolved."""

    start: int
    end: int
    day: int = 0
    month: int = 0
    year: int | None = None
    weekday: int | None = None
    offset: int | None = None  # relative words: days from the anchor
    sentence: int = 0
    is_publication: bool = False
    swappable: bool = False  # "10/04/2024": day and month may be read the other way round
    ahead: bool = False  # a weekday in a clause about the future: the coming one ("will meet on Friday")
    after: bool = False  # a weekday marked as coming ("vendredi prochain"): never the anchor day itself
    past: bool = False  # a weekday marked as past ("jeudi dernier", "last Thursday"): a day before the anchor's week
    span: bool = False  # the first day of a range ("les 11 et 12 mai", "May 11-12"): a gathering's days
    last: int = 0  # the range's last day of the month when the text writes it first-day-first ("du 11 au 13 mars")
    #: figures with slashes: "dmy" or "mdy", the order they are read in ("10/04/2024") or that they show ("25/04/2024")
    order: str | None = None
    months: int | None = None  # a day whose month is named from the anchor's ("le 11 courant": 0): months after it
    from_told: bool = False  # a relative word counted from the day the story tells before it ("le lendemain")
    this_week: bool = False  # a weekday after a demonstrative ("ce jeudi", "este jueves"): a day of the anchor's week


@dataclass(frozen=True)
class _Holders:
    """The officeholders of the register (`briefparse.officeholders`) a brief names: in each sentence, and in all."""

    by_sentence: dict[int, tuple[str, ...]] = field(default_factory=dict)
    everywhere: tuple[str, ...] = ()

    def tiers(self, *sentences: int) -> tuple[tuple[str, ...], ...]:
        """Those a day's own sentences name, then all the brief names: the people whose terms place its year."""
        own = tuple(dict.fromkeys(name for at in sentences for name in self.by_sentence.get(at, ())))
        return own, self.everywhere


@lru_cache(maxsize=16)
def _title_words(language: Language) -> frozenset[str]:
    """The folded words of the language's honorifics ("m", "dr") and the longer words of its roles ("kanzler",
    "canciller", "president"), after which a surname alone names an officeholder; not its frequent short words
    ("The Hague"), nor the titles of those who go by one name ("King Aldric", "Prince Oren")."""
    honorifics = {word.strip(".") for phrase in (*language.honorifics, *language.address_honorifics)
                  for word in fold(phrase).split()}
    roles = {word for phrase in language.roles for word in fold(phrase).split() if len(word) >= _TITLE_LETTERS}
    sole = {word for phrase in language.sole_name_titles for word in fold(phrase).split()}
    return frozenset((honorifics | roles) - sole - {fold(word) for word in language.stopwords})


def _holders(doc: Document) -> _Holders:
    """The officeholders the brief names, sentence by sentence; not one it calls former anywhere ("aux obsèques de
    l'ancien président X", "former President Y"): the brief is told after that term, which dates none of its days."""
    titles = _title_words(doc.language) if doc.language else frozenset()
    named_in = {at: holders_named(sentence.text, titles, doc.language) for at, sentence in enumerate(doc.sentences)}
    former = {name for at, named in named_in.items() if named for name in _former_holders(doc, at, titles)}
    by_sentence = {at: kept for at, named in named_in.items() if (kept := tuple(n for n in named if n not in former))}
    return _Holders(by_sentence, tuple(dict.fromkeys(name for named in by_sentence.values() for name in named)))


def _former_holders(doc: Document, at: int, titles: frozenset[str]) -> set[str]:
    """The register people a sentence names right after a former office ("l'ancien président français X")."""
    former = compiled(doc.language).people.former_before if doc.language else None
    if former is None:
        return set()
    text = doc.sentences[at].text
    found: set[str] = set()
    words = list(_WORD.finditer(text))
    for index, word in enumerate(words):
        if not word.group(0)[:1].isupper() or not (marker := former.search(text, 0, word.start())):
            continue
        run = index
        while run + 1 < len(words) and words[run + 1].group(0)[:1].isupper():
            run += 1
        found.update(holders_named(text[marker.start() : words[run].end()], titles, doc.language))
    return found


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if _MIN_YEAR <= year <= _MAX_YEAR else None
    except ValueError:
        return None


def _year_for(
    month: int,
    day: int,
    weekday: int | None,
    anchor: dt.date,
    near: int | None = None,
    since: bool = False,
    named: tuple[tuple[str, ...], ...] = (),
) -> tuple[dt.date | None, str]:
    """The year a date without one most likely has, given the anchor date and maybe a weekday. Of the years
    whose day falls on that weekday, the latest, or the one close to a year the text states (`near`): "ce lundi
    05 octobre" in a brief that also says "le 29 septembre 2020" is in 2020. A year the text writes alone
    (`since`: "depuis la visite de juillet 2019") is one the brief looks back on: the first agreeing year from it
    on, a few years at most ("Le mercredi 11 janvier" is in 2023, not in 2017). Of those, the years in which all the
    officeholders of the day's own sentences held office, and of these the years in which all those the brief
    names did (`named`, the two groups), or, when no year fits them all, most of them, each kept only when one of
    them held office: "el secretario de Estado X se reunió … este miércoles 16 de octubre" is in a year of X's term,
    not the latest agreeing one; "reçu mercredi 7 mai par le président Y", after a visit of 2008 told with the
    presidents of then, in a year of Y's; "el presidente X visitó el viernes 8 de mayo …" beside a minister who took
    office months later, in X's year."""
    limit = anchor + dt.timedelta(days=_GRACE_DAYS)
    if weekday is not None:
        agreeing = [
            value
            for year in range(limit.year, limit.year - 40, -1)
            if (value := _safe_date(year, month, day)) and value <= limit and value.weekday() == weekday
        ]
        for people in named:  # each group narrows the years the one before leaves to those most of it held office
            most = max((in_office(people, v) for v in agreeing), default=0)
            agreeing = [v for v in agreeing if in_office(people, v) == most] if most else agreeing
        later = [v for v in agreeing if since and near is not None and 0 <= v.year - near <= _AFTER_BARE_YEAR]
        if later:
            return later[-1], "weekday"
        close = [v for v in agreeing if near is not None and abs(v.year - near) <= _NEAR_STATED_YEAR]
        if close or agreeing:
            return min(close, key=lambda v: abs(v.year - (near or 0))) if close else agreeing[0], "weekday"
    value = _safe_date(anchor.year, month, day)
    if value and value > limit:
        value = _safe_date(anchor.year - 1, month, day)
    return value, "reference"


def _day_of_month_from(anchor: dt.date, months: int, day: int) -> dt.date | None:
    """That day of the month `months` after the anchor's ("le 11 courant" of a brief of 14 March 2024: 11 March
    2024; "le 28 du mois dernier": 28 February)."""
    index = anchor.year * 12 + anchor.month - 1 + months
    return _safe_date(index // 12, index % 12 + 1, day)


def _nearest_day(month: int, day: int, dated: dt.date) -> dt.date | None:
    """The day of that month and day closest to a date the text states: a dateline without its year ("Valdora, 12
    mai (VNA)") over a brief that dates its event in full ("le 2 mai 2023") is of that date's year."""
    days = [d for year in (dated.year - 1, dated.year, dated.year + 1) if (d := _safe_date(year, month, day))]
    return min(days, key=lambda d: abs((d - dated).days), default=None)


def _next_day(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The first day of that month and day on or after the anchor, less a few days' grace."""
    value = _safe_date(anchor.year, month, day)
    if value and value < anchor - dt.timedelta(days=_GRACE_DAYS):
        value = _safe_date(anchor.year + 1, month, day)
    return value


def _last_weekday(weekday: int, anchor: dt.date) -> dt.date:
    """The latest day with that weekday on or before the anchor."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _next_weekday(weekday: int, anchor: dt.date) -> dt.date:
    """The earliest day with that weekday on or after the anchor."""
    return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)


def _words_dates(lower: str, language: Language, end: int | None = None, start: int = 0) -> list[_Mention]:
    """Dates with a day and a month in words, in a document's lower-case text from `start` up to `end`."""
    patterns = compiled(language).dates
    found: list[_Mention] = []
    for match in patterns.absolute.finditer(lower, start, len(lower) if end is None else end):
        groups = match.groupdict()
        day, month_name, year = (
            (groups["d0"] or groups["d1"], groups["m1"], groups["y1"])
            if groups["d1"]
            else (groups["d2"], groups["m2"], groups["y2"])
        )
        month = language.months.get(month_name.rstrip(".")) or language.cut_months.get(month_name)
        closing = patterns.range_year.match(lower, match.end()) if groups["m2"] and not year else None
        year = closing.group("year") if closing else year  # "May 15 to 16, 2023": the range's year is its first day's
        if month and int(day):
            weekday = language.weekdays.get(groups["wd"] or "")
            span = bool(groups["d0"] or patterns.range_after.match(lower, match.end()))
            year_value = int(year) if year else None
            last = int(groups["d1"]) if groups["d0"] and groups["d1"] else 0
            closed = _bracket_end(lower, match) if "(" in match.group(0) else match.end()
            found.append(
                _Mention(match.start(), closed, int(day), month, year_value, weekday, span=span, last=last)
            )
    return _joined_days(lower, found, patterns.range_link)


def _joined_days(lower: str, found: list[_Mention], link: re.Pattern[str]) -> list[_Mention]:
    """Two dates a range word joins, the second a few days after the first ("am Montag, 1. Juli, und Dienstag, 2. Juli
    2019", "on July 1 and July 2"), as one span from its first day, with the second's year when the first has none."""
    joined: list[_Mention] = []
    for mention in found:
        first = joined[-1] if joined else None
        if first and link.fullmatch(lower, first.end, mention.start) and _days_apart(first, mention):
            last = mention.day if mention.month == first.month else 0
            year = first.year if first.year is not None else mention.year
            joined[-1] = replace(first, end=mention.end, year=year, span=True, last=last)
            continue
        joined.append(mention)
    return joined


def _days_apart(first: _Mention, second: _Mention) -> bool:
    """The second date falls within `_SPAN_DAYS` after the first ("30 décembre et 2 janvier": the next year's)."""
    year = first.year or second.year or _LEAP_YEAR
    start = _safe_date(year, first.month, first.day)
    end = _safe_date(second.year or year + (second.month < first.month), second.month, second.day)
    return start is not None and end is not None and 0 < (end - start).days <= _SPAN_DAYS


def _bracket_end(lower: str, match: re.Match[str]) -> int:
    """Where a date set in brackets after its weekday ends: past the bracket that closes it ("am Samstag (2. März)", "am
    Montag (24.10.)"), a bracket of the sentence, not a dateline's or a stamp's ("PARIS, 12 mai (AFP)")."""
    closing = _CLOSING_BRACKET.match(lower, match.end())
    return closing.end() if closing else match.end()


def _written_dates(doc: Document, language: Language) -> list[_Mention]:
    """Dates with a day and a month, in words or in figures."""
    return list(_dates_in_lower_text(doc.lower, language))


@lru_cache(maxsize=4)
def _dates_in_lower_text(lower: str, language: Language) -> tuple[_Mention, ...]:
    """`_written_dates` of a document's lower-case text, found once however often the date's anchor asks."""
    patterns = compiled(language).dates
    found = _words_dates(lower, language)
    for match in patterns.numeric.finditer(lower):
        if match.group("ym"):  # "am 29.03.": a day of the month, its year from the anchor
            before = lower[max(0, match.start() - _CUE_REACH) : match.start()].split()[-1:]
            day, month = int(match.group(0).split(".")[0]), int(match.group("ym"))
            # or the day its weekday gives in brackets: "am Montag (24.10.)"
            bracketed = patterns.weekday_bracket.search(lower, max(0, match.start() - _BRACKET_REACH), match.start())
            cued = bool(before) and before[0] in language.yearless_numeric_cues
            if (cued or bracketed) and 1 <= month <= 12 and 1 <= day <= 31:
                weekday = language.weekdays.get(bracketed["wd"]) if bracketed else None
                closed = _bracket_end(lower, match) if bracketed else match.end()
                found.append(_Mention(match.start(), closed, day, month, None, weekday))
            continue
        if match.group("im"):
            year, month, day = int(match.group(0)[:4]), int(match.group("im")), int(match.group("id"))
        else:
            second = "b" if match.group("b") else "hb"
            a = int(lower[match.start() : match.start(second) - 1])
            b, c = int(match.group(second)), int(match.group("c") or match.group("hc"))
            year = c + 2000 if c < 100 else c
            slashed = lower[match.start(second) - 1] == "/"  # month first only with slashes ("04/10/2024")
            # month first with slashes in a month-first language, or when the day-first reading has no such month
            # ("05-25-2023", "04.13.2023")
            month_first = a <= 12 and (b > 12 or (slashed and language.numeric_date_order == "mdy")) and b <= 31
            day, month = (b, a) if month_first else (a, b)
            swappable = slashed and a <= 12 and b <= 12 and a != b
            shown = (swappable or a > 12 or b > 12) and slashed and a <= 31 and b <= 31
            order = ("mdy" if month_first else "dmy") if shown else None
            first = patterns.range_before.search(lower, max(0, match.start() - _RANGE_START_REACH), match.start())
            if first and not swappable and 0 < int(first["d0"]) < day:  # "vom 22. – 25.10.2013": the first day
                found.append(_Mention(first.start(), match.end(), int(first["d0"]), month, year, span=True, last=day))
                continue
            found.append(_Mention(match.start(), match.end(), day, month, year, swappable=swappable, order=order))
            continue
        found.append(_Mention(match.start(), match.end(), day, month, year))
    return tuple(found)


def _template_date_lines(doc: Document, found: list[_Mention]) -> list[_Mention]:
    """Date lines a page's template writes in another language than the brief's: in English over a brief in
    another language ("ByRédaction" / "January 9, 2026" over a French brief), or in the site's own language over
    its edition in another ("14 Dekabr 2017" over "Valdora, December 14, LNA", "14 Dicembre 2017" over
    "Valdora, December 14 -"): a full date near the top, its month in words of the page reader's languages
    (CLDR), on a line that holds little else; in the site's own language, above the story's first paragraph."""
    english = get_language("en")
    lines = (
        []
        if doc.language.code == english.code
        else [m for m in _words_dates(doc.lower, english, _TEMPLATE_HEAD) if m.year is not None]
    )
    # the site's own language only above the story's first paragraph, where its template sets the page's date
    story = _first_paragraph(doc)
    taken = Ranges([(m.start, m.end) for m in (*found, *lines)])
    lines += [
        _Mention(start, end, value.day, value.month, value.year)
        for value, start, end in named_month_dates(doc.lower[: min(story, _TEMPLATE_HEAD)])
        if not taken.holds(start) and not taken.holds(end - 1)
    ]
    written = Ranges([(m.start, m.end) for m in found])
    return [m for m in lines if not written.holds(m.start) and _holds_little_else(doc, m)]


def _post_signature_dates(doc: Document, found: list[_Mention]) -> list[_Mention]:
    """Dates the signature of an embedded post writes in English under a brief in another language
    ("— Name (@handle) November 25, 2021" in a Spanish brief): the post's day, a date of the story's."""
    english = get_language("en")
    if doc.language.code == english.code or "(@" not in doc.text:
        return []
    written = Ranges([(m.start, m.end) for m in found])
    dates = []
    for handle in _POST_HANDLE.finditer(doc.lower):
        line_end = doc.lower.find("\n", handle.end())
        line_end = len(doc.lower) if line_end < 0 else line_end
        dates += [
            m
            for m in _words_dates(doc.lower, english, line_end, handle.end())
            if m.start == handle.end() and m.year is not None and not written.holds(m.start)
        ]
    return dates


def _labelled_stamps(doc: Document, found: list[_Mention]) -> list[_Mention]:
    """A page's date in spaced figures alone on its line, right under a line that holds only a publication label
    ("erstellt am" / "16. 09. 08"): the label vouches for figures that could otherwise be any numbers."""
    cue = compiled(doc.language).dates.publication_line
    written = Ranges([(m.start, m.end) for m in found])
    stamps = []
    for match in _SPACED_FIGURES.finditer(doc.text):
        above = doc.text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        # the label's own line, when the copy joined it to the headline over it ("X" / "erstellt am")
        joined = [at for at in doc.joined_breaks if match.start() - len(above) - 1 <= at < match.start()]
        above = doc.text[joined[-1] + 1 : match.start()].rstrip("\n") if joined else above
        if written.holds(match.start("d")) or len(above.split()) > _LABEL_WORDS or not cue.search(above.lower()):
            continue
        year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
        day, month = int(match["d"]), int(match["m"])
        if _safe_date(year, month, day):
            stamps.append(_Mention(match.start("d"), match.end("y"), day, month, year))
    return stamps


def _relative_dates(doc: Document, language: Language) -> list[_Mention]:
    """Dates written as words relative to the anchor: "hier", "on Monday", "ce jeudi"; not a day counted from the
    story's inside a phrase that sets an occasion aside ("à la veille de sa venue")."""
    patterns = compiled(language).dates
    relative = patterns.relative_days
    aside = compiled(language).cues.aside
    # "à la veille de la venue de X": the eve of an occasion the text does not date, no day of the story's
    eves = Ranges([(m.start(), m.end()) for m in aside.finditer(doc.lower)] if aside else [])
    found = []
    for match in patterns.relative.finditer(doc.lower):
        key = " ".join(match.group("rel").replace("’", "'").split())
        if key in relative and not patterns.eve_occasion.match(doc.lower, match.end()):
            from_told = key in patterns.story_relative_days
            if from_told and eves.holds(match.start()):
                continue
            found.append(_Mention(match.start(), match.end(), offset=relative[key], from_told=from_told))
    weekdays = []
    in_names = not weekdays_capitalised(language.code)
    for match in patterns.weekday.finditer(doc.lower):
        weekday = language.weekdays.get(match.group("wd"))
        if weekday is not None and not (in_names and _in_a_name(doc.text, match.start("wd"), match.end("wd"))):
            past = bool(match.group("past") or match.group("past0"))
            after = bool(match.group("next0") or match.group("next"))
            ahead = after or (not past and _in_future_clause(doc, match.start(), match.end()))
            this_week = _word_before(doc, match.start("wd")) in language.weekday_demonstratives
            mention = _Mention(
                match.start(), match.end(), weekday=weekday, ahead=ahead, after=after, past=past, this_week=this_week
            )
            weekdays.append((mention, past))
    # one weekday named twice is one day: a title's "Talks on Friday" is the coming Friday when the text says
    # "will meet on Friday"
    coming = {m.weekday for m, _ in weekdays if m.ahead}
    found += [replace(m, ahead=True) if m.weekday in coming and not past else m for m, past in weekdays]
    return found


def _month_relative_dates(doc: Document, language: Language) -> list[_Mention]:
    """Days whose month is named from the anchor's ("le 11 courant", "le lundi 11 du mois en cours", "du 11 au 13
    courant", "le 28 du mois dernier"): the administrative style's way of dating a brief's event in the month it
    is published."""
    patterns = compiled(language).dates
    found = []
    for match in patterns.relative_month.finditer(doc.lower):
        months = patterns.relative_months.get(" ".join(match.group("rel").replace("’", "'").split()))
        day = int(match.group("d0") or match.group("d"))
        if months is not None:  # a day no month has ("le 32 courant") resolves to none
            weekday = language.weekdays.get(match.group("wd") or "")
            found.append(_Mention(match.start(), match.end(), day, weekday=weekday, months=months))
    return found


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A weekday with a capital inside a sentence, in a language that writes its weekdays in lower case, next to a
    capitalised word: part of a name ("SANTO DOMINGO. –", "Plácido Domingo", "; Domingo Ferrán, de Chile"), no
    day."""
    if not text[start].isupper() or start < 2 or text[start - 1] != " ":
        return False
    previous = text[max(0, start - _NAME_REACH) : start - 1].split()[-1:]
    if previous and previous[0][:1].isupper() and previous[0][-1:].isalpha():
        return True
    following = text[end : end + _NAME_REACH].split()[:1] if text[end : end + 1] == " " else []
    opens_sentence = not previous or previous[0][-1:] in _SENTENCE_OPENERS
    return not opens_sentence and bool(following) and following[0][:1].isupper() and following[0].isalpha()


def _names_a_site(doc: Document, mention: _Mention) -> bool:
    """A day and month with no year right after a site's noun, with at most two little words between: the site's
    name ("l'hôtel 2 Février", "le stade du 26 Mars", "boulevard du 30 Juin"), no day of the story."""
    if mention.year is not None or mention.last or mention.span or not mention.month:
        return False
    language = doc.language
    words = doc.text[max(0, mention.start - _SITE_REACH) : mention.start].split()
    links = _site_links(language)
    for _ in range(2):
        if words and fold(words[-1]) in links:
            words.pop()
    return bool(words) and fold(words[-1].rsplit("'", 1)[-1].rsplit("’", 1)[-1]) in _site_nouns(language)


@lru_cache(maxsize=8)
def _site_nouns(language: Language) -> frozenset[str]:
    """The nouns of a facility or a venue, folded: a site may be named after a day ("Place du 25 Juillet")."""
    return frozenset(fold(w) for w in (*language.facility_words, *language.venue_words))


@lru_cache(maxsize=8)
def _site_links(language: Language) -> frozenset[str]:
    """The little words between a site's noun and the day it is named after ("stade du 26 Mars")."""
    return frozenset(fold(w) for w in (*language.name_particles, *language.determiners))


def _in_future_clause(doc: Document, start: int, end: int) -> bool:
    """A future marker close before or after the span, in its clause ("se reunirán el viernes", "will travel to
    Berlin on Friday"): no comma or sentence end between them. After the span, an adjective of a thing to come
    qualifies another noun ("a reçu jeudi l'ambassadeur en vue du prochain sommet"), save right after it ("le 18
    décembre prochain")."""
    before = doc.text[max(0, start - _FUTURE_REACH) : start]
    after = doc.text[end : end + _FUTURE_REACH]
    clauses = _CLAUSE_END.split(before)
    # a date set off by a comma after its clause, with a preposition at most, restates it: "will visit Lorenia
    # next week, from March 15 to 17"
    comma = before[: len(before) - len(clauses[-1])].endswith(",")
    kept = clauses[-2:] if comma and len(_WORD.findall(clauses[-1])) <= 1 else clauses[-1:]
    if len(kept) == 2 and _a_name_apart(kept[0]):
        # a name set off by commas before the day ("rencontrera son homologue, Mark Carney, dimanche"): the clause
        # of the verb is the one before the name, reached from the name
        reach = start - len(kept[0]) - len(kept[1]) - 2 - _FUTURE_REACH
        kept = _CLAUSE_END.split(doc.text[max(0, reach) : start])[-3:]
    before = " ".join(kept)
    after = _CLAUSE_END.split(after)[0]
    # a future past a complementizer is what someone said or a thing's future, not the day's ("met the leaders on
    # Tuesday afternoon and assured that they will continue …")
    if reported := compiled(doc.language).people.complementizer.search(after):
        after = after[: reported.start()]
    dates = compiled(doc.language).dates
    return bool(dates.future.search(before) or dates.future_after.search(after) or dates.upcoming_next.match(after))


def _invited_day(doc: Document, mention: _Mention) -> bool:
    """The date is the day an invitation is for: a link of the invited day right before it ("für den 27.
    September", "на 27 сентября"), a verb of inviting in its clause ("hat das Corps für den 27. September nach
    Rostock eingeladen"): the occasion's day, told ahead of it."""
    patterns = compiled(doc.language).dates
    link, verb = patterns.invited_day_link, patterns.invitation_verb
    before = _CLAUSE_END.split(doc.lower[max(0, mention.start - _FUTURE_REACH) : mention.start])[-1]
    after = _CLAUSE_END.split(doc.lower[mention.end : mention.end + _FUTURE_REACH])[0]
    return bool(link.search(before)) and bool(verb.search(before) or verb.search(after))


def _a_name_apart(clause: str) -> bool:
    """The clause is only capitalised words, one to four: a name in apposition ("…, Mark Carney, …")."""
    words = clause.split()
    return 0 < len(words) <= _NAME_WORDS and all(w[:1].isupper() for w in words)


def _is_publication(doc: Document, start: int, end: int, dated: bool) -> bool:
    """A dateline, a line that holds little but the date, a date after a publication cue, or a full date with a
    time of day on a line that is no sentence ("Ici Presse 2023-05-09 19:58 - Lecture : 2 min", "Rédigé par
    Exemple.net le Dimanche 29 Octobre 2023 à 07:45 |", "Редакция. 2020/11/17 21:44"), or an issuer's stamp the
    text closes on (`_closing_stamp`: "Meldung der Agentur X vom 19.06.2013"). Never an embedded post's signature
    (`_signs_a_post`)."""
    patterns = compiled(doc.language).dates
    mark = patterns.year_mark.match(doc.lower, end)
    end = mark.end() if mark and mark.end() > end else end  # "03.03.2021 г.": the year's abbreviation is the date's
    line_start = doc.text.rfind("\n", max(0, start - _LINE_REACH), start) + 1 or max(0, start - _LINE_REACH)
    line_end = doc.text.find("\n", end, end + _LINE_REACH)
    line_end = min(len(doc.text), end + _LINE_REACH) if line_end < 0 else line_end
    before, after = doc.lower[line_start:start], doc.text[end:line_end]
    if _signs_a_post(before) or _heads_a_schedule(doc, start, end):
        return False
    # not a cue inside a sentence of the story: "…, dans un communiqué publié le 12 mai, l'attaque …."
    in_sentence = after.rstrip().endswith(".") and len(_WORD.findall(before + after)) >= _LEAD_WORDS
    if patterns.publication_cue.search(before) and not in_sentence:
        return True
    # a date line may close on a full stop when nothing but the date and its weekday stand on it ("Viernes 19 abril
    # 2024."), or nothing but a full date on the line the text ends on ("17 novembre 2005.", the story's signature)
    opening = _WORD.findall(doc.lower[line_start:end])[:1]  # the weekday, said before the date or within it
    weekday = any(w in doc.language.weekdays for w in opening)
    signs_off = dated and not before.strip(_LINE_MARKS) and not doc.text[line_end:].strip()
    closed = after.strip() == "." and ((weekday and len(_WORD.findall(before)) <= 1) or signs_off)
    if _heads_a_press_document(doc, before, after):
        return True  # "Pressemitteilung Nr. 123/2015 vom 02.07.2015": the document's own number and date
    if (
        len(before) + len(after) <= _STANDALONE_SLACK
        and (closed or not _closes_sentence(after, doc.language))
        and not _runs_on(before, after, doc.language)
    ):
        # not a headline that names its event's day: "Entretien Marzouki-Verdani du 9 mai 2023" opening the text
        byline = _BYLINE_OPENS.match(doc.text, line_start, start)
        return line_start > 0 or len(_WORD.findall(before)) < _HEADLINE_DATE_WORDS or bool(byline)
    if after[:3].strip().startswith(")") and _CREDIT_BEFORE_DATE.search(before) and _CREDIT_AFTER_DATE.match(after):
        return True  # "… gilt als ungewöhnlich. (Reuters, 27.3.2017)": the dispatch's closing signature
    if dated and _CREDIT_CLOSES_LINE.match(after) and (not before.strip() or before.rstrip().endswith(_STOPS)):
        return True  # "… de cette visite. 16.01.2024, Valdor Presse": the stamp and the outlet closing a deck
    if dated and _SIGNATURE_BEFORE_DATE.search(doc.text, line_start, start) and not doc.text[end:].strip():
        return True  # the signature the text ends on, glued to its last sentence: the day it was written
    if dated and _closing_stamp(doc, line_start, start, end, line_end):
        return True  # "Meldung der Agentur X vom 19.06.2013", "Botschaft von X, Berlin, 25. Mai 2012"
    stamp_line = len(_WORD.findall(doc.text, line_start, line_end)) <= _UPDATED_STAMP_WORDS
    if dated and stamp_line and patterns.update_after.match(doc.lower, end):
        return True  # "Martes 08.03.2022 - Última actualización - 22:50": the page's stamp, then its update
    if _fills_a_cell(before, after) and not _closes_sentence(after, doc.language):
        return True  # a line of cells, the date one of them: "Nr.194/2017 | 12.09.2017 | MP | Ministerpräsidentin"
    if not before.strip() and _TIME_STAMP.match(after) and not _closes_sentence(after, doc.language):
        return True  # a time stamp opening a line: "2013-06-21 09:49 Web Editor: …", "31. August 2018 14:38; Akt: …"
    stamp = _TIME_STAMP.match(after)
    if dated and stamp and not _SENTENCE_GOES_ON.search(after[stamp.end() :]):
        return True
    # a stamp whose spaces the copy lost, run into by the headline or a rubric and running into the byline or a time:
    # "… на высшем уровне15.04.2016 16:44ТАШКЕНТ", "Política17/11/2025Agustina Tolaba"; no sentence glues a date so
    glued_before = start > line_start and doc.text[start - 1].isalpha()
    if glued_before and (doc.text[end : end + 1].isalpha() or stamp):
        return True
    if dated and _capitalised_weekday_stamp(doc, start, before) and not _closes_sentence(after, doc.language):
        return True
    byline = dated and not before.strip(_LINE_MARKS) and _BYLINE_AFTER_DATE.match(after)
    if byline and not _closes_sentence(after, doc.language):
        return True  # the page's stamp opening its byline line: "06.09.2021 von Anna Muster in Campus"
    # an abbreviation's full stop ("14 марта.", "3 dic.") may also end the dateline
    stop = end - 1 if doc.text[end - 1] == "." else end
    return is_dateline_date(doc.text[line_start:start], doc.text[stop:line_end], doc.language, dated)


def _heads_a_schedule(doc: Document, start: int, end: int) -> bool:
    """The date, on a line of little else, heads a day of a programme: the line below it opens on a time of day and
    what happens then, and another of the few below does too ("Vendredi 8 juillet" over "11h15 : Entretien avec …",
    "12h00 : Cérémonie …"), or the line above it does (the next day of the programme). The day of the slots it lists,
    not the page's stamp, which one time at most follows ("12.12.2025" over "17:01")."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line_end = len(doc.text) if line_end < 0 else line_end
    if len(doc.text[line_start:start].strip(_LINE_MARKS)) + len(doc.text[end:line_end].strip(" :")) > _STANDALONE_SLACK:
        return False
    below = [line for line in doc.text[line_end:].splitlines() if line.strip()][:_SCHEDULE_LINES]
    above = [line for line in doc.text[:line_start].splitlines() if line.strip()][-_SCHEDULE_LINES:]
    slots = [bool(_SLOT.match(line)) for line in below]
    # the last day of a programme the page cuts short may list one slot: the day before it lists its own above
    return bool(slots) and slots[0] and (sum(slots) > 1 or any(_SLOT.match(line) for line in above))


def _signs_a_post(before: str) -> bool:
    """The date closes the signature of a social post the page embeds, right after its author's handle ("— Ana Ruiz
    (@AnaRuiz) 18 de enero de 2018"): the day of the post, not of the page that quotes it. Not a byline that gives its
    author's handle, then how long ago the page was posted ("Ana Ruiz (@AnaRuiz) 2 minutes ago Thu 24th September")."""
    handle = _POST_HANDLE.search(before)
    return bool(handle and handle.end() == len(before))


def _closing_stamp(doc: Document, line_start: int, start: int, end: int, line_end: int) -> bool:
    """A short line the text closes on, under its last sentence: an issuer's name, maybe its place or a link word,
    then the full date and nothing else ("Meldung der Agentur X vom 19.06.2013", "Source http://www.x.org, le 8
    octobre 2012", "Botschaft von X, Berlin, 25. Mai 2012"), at most short links below it ("Zur Startseite"): the
    day the issuer put the text out. Not an update line ("Letzte Änderung 23/06/2014"), nor a sentence, which a full
    stop closes ("Die nächste Runde folgt am 12. Juni 2019.")."""
    before = doc.text[line_start:start]
    if not 0 < len(_WORD.findall(before)) <= _STAMP_WORDS or doc.text[end:line_end].strip(" )"):
        return False
    if not before.lstrip(_STAMP_OPENERS)[:1].isupper() or any(stop in before for stop in (". ", "! ", "? ")):
        return False
    if compiled(doc.language).dates.update_cue.search(doc.lower, line_start, start):
        return False
    below = [line for line in doc.text[line_end:].splitlines() if line.strip()]
    return bool(doc.text[:line_start].strip()) and all(len(_WORD.findall(line)) <= _LINK_WORDS for line in below)


def _capitalised_weekday_stamp(doc: Document, start: int, before: str) -> bool:
    """A full date whose weekday a language that writes weekdays in small letters capitalises inside a line, after a
    bar that sets it apart ("Jean Lind | Le Quotidien Lundi le 05 Mars 2012 Société Imprimer"): a page's stamp in its
    byline line, not a sentence, which capitalises a weekday only to open."""
    if weekdays_capitalised(doc.language.code) or not doc.text[start : start + 1].isupper():
        return False
    word = _WORD.match(doc.lower, start)
    return bool(word and word.group(0) in doc.language.weekdays) and len(_CELL_BAR.split(before)) > 1


def _runs_on(before: str, after: str, language: Language) -> bool:
    """A date on a line of its own that a sentence's fragment leads in lower case and a comma closes ("am Mittwoch,
    dem 12. Oktober 2016,"): the copy broke a sentence over lines, the date is its event's, no date line."""
    opening = _WORD.findall(before)[:1]
    return (
        after.strip() == ","
        and bool(opening)
        and opening[0][:1].islower()
        and opening[0] not in language.weekdays
        and opening[0] not in language.months
    )


def _closes_sentence(after: str, language: Language) -> bool:
    """The rest of the line ends on a sentence's full stop, not on an abbreviation's ("… | Lesezeit: 2 Min.")."""
    tail = after.rstrip()
    if not tail.endswith("."):
        return False
    word = _LAST_WORD.search(tail, 0, len(tail) - 1)
    return not (word and word.group(0).lower() in language.abbreviations)


def _heads_a_press_document(doc: Document, before: str, after: str) -> bool:
    """The date closes a line that opens on the name of a press document and its number ("Pressemitteilung Nr.
    123/2015 vom", "Comunicado de prensa N° 45 del", "Пресс-релиз № 12 от"), or on the city it was issued in, a
    comma and that name ("Berne, Communiqué de presse, 02.10.2009"): the document's heading, which dates it, not a
    sentence that cites another one."""
    line = before.lstrip(_LINE_MARKS)
    issued = _ISSUING_CITY.match(line)
    if issued and place_kind(issued.group("city"), doc.language.code) == "city":
        line = line[issued.end() :]
    opening = compiled(doc.language).source.press_document.match(line)
    heading = line[opening.end() :] if opening else ""
    return (
        bool(opening)
        and (_DIGIT.search(heading) is not None or (issued is not None and not _WORD.findall(heading)))
        and len(_WORD.findall(heading)) <= _PRESS_HEADING_WORDS
        and len(after.strip()) <= _STANDALONE_SLACK
        and not after.rstrip().endswith(".")
    )


def _fills_a_cell(before: str, after: str) -> bool:
    """The date fills a cell of its line, set off by a bar or a bullet on one side at least, with nothing else in its
    cell: a page's stamp line of number, date and rubric ("12.03.2024 | Pressemitteilung"), never a sentence."""
    cells_before, cells_after = _CELL_BAR.split(before), _CELL_BAR.split(after)
    set_off = len(cells_before) > 1 or len(cells_after) > 1
    own = cells_after[0]
    if len(cells_before) > 1 and _DASH_CELL.match(own):
        own = ""  # after a bar, a spaced dash opens the next cell: "Ana Lind | 19.06.2023 - Mise à jour : …"
    return set_off and not cells_before[-1].strip() and not own.strip()


@lru_cache(maxsize=2)
def _mentions(analysis: Analysis) -> tuple[_Mention, ...]:
    """Every date mention of the document, in order: found once per analysis, however many fields read them."""
    doc = analysis.doc
    found = _written_dates(doc, doc.language)
    found += _template_date_lines(doc, found)
    found += _post_signature_dates(doc, found)
    found += _labelled_stamps(doc, found)
    others = Ranges(
        [*_other_stories(doc), *_dated_list(doc, found), *_teaser_dates(doc, found), *_nights_first_days(doc)]
    )
    told = [
        m
        for m in _coming(doc, _agreeing(found))
        if not others.holds(m.start) and (m.year, m.month, m.day) != _EMPTY_STAMP and not _names_a_site(doc, m)
    ]
    pictured = {m.start for m in told if _in_caption(doc, m)}
    written = [m for m in told if m.start not in pictured]
    words = _relative_dates(doc, doc.language)
    if not written and _pictured_on_the_day(told, words):
        written = told
    covered = Ranges([(m.start, m.end) for m in written])
    this_month = [m for m in _month_relative_dates(doc, doc.language) if not covered.holds(m.start)]
    covered = Ranges([(m.start, m.end) for m in (*written, *this_month)])
    # "aujourd'hui mercredi", "hier lundi": the weekday names the day the word counts from the day written, which a
    # page may print a day later; a word that counts forward ("demain mardi") leaves the coming day to its weekday
    named_days = [m for m in words if m.weekday is not None and not m.ahead]
    relative = this_month + [
        m
        for m in words
        if not covered.holds(m.start)
        and not others.holds(m.start)
        and not _restated(doc, m, written)
        and not (m.offset is not None and m.offset <= 0 and _restated(doc, m, named_days))
    ]
    starts = [s.start for s in doc.sentences]
    mentions = [
        _Mention(
            m.start,
            m.end,
            m.day,
            m.month,
            m.year,
            m.weekday,
            m.offset,
            sentence=max(0, bisect_right(starts, m.start) - 1),
            is_publication=m.offset is None
            and m.months is None
            and m.day > 0
            and not m.last  # a range written first day first ("22. und 23. Februar 2024"): a gathering's days
            and m.start not in pictured
            and _is_publication(doc, m.start, m.end, m.year is not None),
            swappable=m.swappable,
            ahead=m.ahead,
            after=m.after,
            past=m.past,
            span=m.span,
            last=m.last,
            months=m.months,
            this_week=m.this_week,
        )
        for m in sorted(written + relative, key=lambda m: m.start)
    ]
    return tuple(_without_widget(doc, _without_updates(doc, mentions)))


def _pictured_on_the_day(pictured: list[_Mention], words: list[_Mention]) -> bool:
    """The only dates a page writes are its photo captions', and every weekday the story names is theirs: the
    picture was taken on the story's day ("Jan Novak (L) is greeted on arrival in Lirno on Friday, May 3, 2024. Photo:
    AP" over "arrived on Friday"), which it dates (never as the page's own stamp). A weekday of another day ("held a
    call on Thursday" under a Saturday's picture), or one a caption without its year cannot be checked against,
    makes the picture another occasion's."""
    weekdays = {w.weekday for w in words if w.weekday is not None}
    if not pictured or not weekdays:
        return bool(pictured)
    days = [_safe_date(m.year, m.month, m.day) if m.year is not None else None for m in pictured]
    return None not in days and weekdays <= {d.weekday() for d in days if d}


def _nights_first_days(doc: Document) -> list[tuple[int, int]]:
    """The first day of a night that runs into the next ("arrivé dans la nuit de mercredi à jeudi", "la nuit du
    mercredi 1er au jeudi 2 juillet"): what happened in it happened after midnight, on the second day."""
    lower = doc.lower
    return [
        match.span("first")
        for match in compiled(doc.language).dates.night_start.finditer(lower)
        if not match.start() or not lower[match.start() - 1].isalnum()
    ]


def _without_updates(doc: Document, mentions: list[_Mention]) -> list[_Mention]:
    """An update line ("Mis à jour le 14 mai 2023") is no publication date when the page also shows one that is
    ("Publié le 12 mai 2023"), whichever comes first, nor the day of any event; alone, or beside publication dates
    without their year ("BOGOTÁ, 14 Mar."), it is the only date the page gives itself. An edit line ("Dernière
    modification : 17/02/2015", a site's record of its last change, often months later) is never one."""
    patterns = compiled(doc.language).dates
    cue = patterns.update_cue
    mentions = [
        m
        for m in mentions
        if not (m.is_publication and patterns.edit_cue.search(doc.lower, doc.text.rfind("\n", 0, m.start) + 1, m.start))
    ]
    updates = {
        id(m)
        for m in mentions
        if m.is_publication and cue.search(doc.lower, doc.text.rfind("\n", 0, m.start) + 1, m.start)
    }
    # a dateline without its year ("BOGOTÁ, 14 Mar. (EUROPA PRESS)") leaves the update line the only date with one
    if not any(m.is_publication and id(m) not in updates and m.year is not None for m in mentions):
        return mentions
    return [m for m in mentions if id(m) not in updates]


def _in_caption(doc: Document, mention: _Mention) -> bool:
    """A photo caption's date, before the photo's credit on its line: when the picture was taken, often long before
    the story ("Jan Novak, le 7 mars 2018. - Lena Gruber - AFP")."""
    line_end = doc.text.find("\n", mention.end)
    after = doc.text[mention.end : len(doc.text) if line_end < 0 else line_end]
    # or a credit line that opens with its cue: "Foto: Anna Berger, 11.03.2024"
    before = doc.text[doc.text.rfind("\n", 0, mention.start) + 1 : mention.start]
    if photo_credit_follows(after) or bool(doc.language and is_caption(before, doc.language)):
        return True
    # or a caption closed by the photo's credit in parentheses: "…, Saturday, May 4, 2024, in Lirno. (AP Photo/…)"
    short = len(before) + len(after) <= _CAPTION_CHARS
    return short and bool(doc.language and compiled(doc.language).cues.credit_closing.search(after))


def _first_paragraph(doc: Document) -> int:
    """Where the story's first paragraph starts: the first line long enough to be one that closes on a sentence's
    stop (a headline, however long, closes on none); the text's end when no line does."""
    return next(
        (
            m.start()
            for m in re.finditer(r"[^\n]+", doc.text)
            if len(_WORD.findall(m.group(0))) >= _LEAD_WORDS and m.group(0).rstrip().endswith(_STOPS)
        ),
        len(doc.text),
    )


def _other_stories(doc: Document) -> list[tuple[int, int]]:
    """Where the page lists other stories, below the story's first paragraph: a "Read also: …" line, or the short
    lines under a heading of its own ("À lire aussi", "Related stories") up to the next line long enough to be the
    story's or the page's own publication line ("First Published: …"). Their dates are theirs, neither the brief's
    event nor the day it was published."""
    story = next(
        (m.start() for m in re.finditer(r"[^\n]+", doc.lower) if len(_WORD.findall(m.group(0))) >= _LEAD_WORDS), None
    )
    spans = []
    cue = compiled(doc.language).dates.publication_line
    for match in compiled(doc.language).dates.other_stories.finditer(doc.lower):
        if story is None or match.start() < story:
            continue  # above the story's first paragraph: the page's section label ("Latest news")
        end = match.end()
        if len(_WORD.findall(match.group("rest"))) < 2:  # a heading alone: the list runs below it
            for line in doc.lower[match.end() :].split("\n"):
                if len(_WORD.findall(line)) >= _STORY_LINE_WORDS or cue.search(line):
                    break
                end += len(line) + 1
        spans.append((match.start(), end))
    return spans


def _dated_list(doc: Document, written: list[_Mention]) -> list[tuple[int, int]]:
    """The lines of a list of other stories that no heading announces: two or more short lines, close together, each
    with a full date and no publication or update cue, the dates not all one day ("Floods hit the north - July 2,
    2019" / "Markets close higher - July 3, 2019", an author's latest posts, a "Previous article / Next article"
    pair), wherever they stand; or days without their year, each on a line of its own (a programme grid's "Samedi 13
    Juillet" / "Dimanche 14 Juillet"). Not the last line above the story's first paragraph that holds little but a
    full date: that one is the story's own ("29 November 2016, 21:08" under a date widget, above the headline)."""
    if len({(m.year, m.month, m.day) for m in written if m.day}) < 2:
        return []
    cue = compiled(doc.language).dates.publication_line
    updated = compiled(doc.language).dates.update_cue
    lines = doc.text.split("\n")
    starts = [0, *accumulate(len(line) + 1 for line in lines[:-1])]
    story = next((i for i, line in enumerate(lines) if len(_WORD.findall(line)) >= _LEAD_WORDS), len(lines))
    items: dict[int, tuple[int | None, int, int]] = {}
    bare: set[int] = set()  # lines that hold little but their date
    for m in written:
        index = bisect_right(starts, m.start) - 1
        line = lines[index]
        if index in items or len(_WORD.findall(line)) >= _LEAD_WORDS or line.rstrip().endswith("."):
            continue
        rest = line[: m.start - starts[index]] + line[m.end - starts[index] :]
        little = len(_WORD.findall(rest)) <= _BARE_LINE_WORDS
        if (m.year is None and not little) or cue.search(doc.lower, starts[index], starts[index] + len(line)):
            continue
        if updated.search(doc.lower, starts[index], m.start):  # "/ Màj. le 29 oct. 2023": the stamp's update
            continue
        items[index] = (m.year, m.month, m.day)
        bare |= {index} if little and m.year is not None else set()
    listed: set[int] = set()
    order = sorted(items)
    for first, second in pairwise(order):
        between = lines[first + 1 : second]
        short = all(len(_WORD.findall(line)) < _LEAD_WORDS and not line.rstrip().endswith(".") for line in between)
        # a full date and a day without its year are no list: the dateline under a page's stamp ("Nov. 3")
        alike = (items[first][0] is None) == (items[second][0] is None)
        if second - first <= _LIST_GAP and alike and items[first] != items[second] and short:
            listed |= {first, second}
    own = max((i for i in items if i < story), default=None)
    if own in bare:
        listed.discard(own)
    return [(starts[i], starts[i] + len(lines[i])) for i in sorted(listed)]


def _ends_story(line: str) -> bool:
    """A paragraph that ends on a sentence's stop, maybe with the credit of its text after it ("… im Martin-Gropius-
    Bau. Text: LPD", "… zu vertiefen. (dpa)"): the story's, no title of another's."""
    tail = line.rstrip()
    if tail.endswith(_SENTENCE_ENDS[:3]):
        return True
    stop = max(tail.rfind(f"{end} ") for end in _SENTENCE_ENDS[:3])
    return stop > 0 and len(_WORD.findall(tail[stop:])) <= _CREDIT_WORDS


def _teaser_dates(doc: Document, written: list[_Mention]) -> list[tuple[int, int]]:
    """The date line of another story's teaser below the brief: a line that holds little but a full date, maybe
    with its outlet ("25 décembre 2024 - leparisien", "December 25, 2024 - Valdor Times"), right under a title (a
    line of five words or more with no stop at its end), below the story's first paragraph, with no publication
    cue, and with no paragraph of the story below it (a date line under the headline and its caption opens the
    story). The brief's own date line at its foot follows a paragraph or a signature ("Le 04/03/2017 à 08h30")."""
    if not any(m.year is not None for m in written):
        return []
    lines = doc.text.split("\n")
    starts = [0, *accumulate(len(line) + 1 for line in lines[:-1])]
    paragraphs = [i for i, line in enumerate(lines) if len(_WORD.findall(line)) >= _LEAD_WORDS]
    if not paragraphs:
        return []
    ended = (i for i in paragraphs if _ends_story(lines[i]))
    story, last = paragraphs[0], max(ended, default=paragraphs[0])
    cue = compiled(doc.language).dates.publication_line
    found = []
    for m in written:
        index = bisect_right(starts, m.start) - 1
        line = lines[index]
        rest = line[: m.start - starts[index]] + line[m.end - starts[index] :]
        if m.year is None or index <= max(story, last) or len(_WORD.findall(rest)) > _BARE_LINE_WORDS:
            continue
        if cue.search(line.lower()):
            continue
        above = next((lines[i] for i in range(index - 1, story, -1) if lines[i].strip()), "")
        words = len(_WORD.findall(above))
        titled = not above.rstrip().endswith(_SENTENCE_ENDS) and not _ends_story(above)
        if _HEADLINE_WORDS <= words < _STORY_LINE_WORDS and titled and not _names_a_body(above, doc.language):
            found.append((starts[index], starts[index] + len(line)))
    return found


def _names_a_body(line: str, language: Language) -> bool:
    """The line opens on an institution's word, maybe after its article ("La Direction de la Communication de la
    Présidence", "Service de presse du Ministère"): the body a communiqué is signed by, over the date it signs
    with, not another story's title."""
    words = _WORD.findall(line)[:2]
    if words and words[0].lower() in language.determiners:
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and fold(words[0]) in compiled(language).places.institutions


def _coming(doc: Document, written: list[_Mention]) -> list[_Mention]:
    """Dates without a year in a clause about the future ("will visit from April 23 to 25", "débute le 18 décembre
    prochain") or set for an occasion to come ("the forum scheduled for March 24", `_scheduled_day`) fall on or after
    the anchor, as does the same day named elsewhere (a title's "du 18 au 23 décembre"); not a date the text marks as
    past ("le 18 décembre dernier"). A full date in such a clause is announced too ("célébrations prévues le 12 mars
    2026"), months after the brief may be published."""
    past = compiled(doc.language).dates.past_after
    announced = {
        id(m)
        for m in written
        if not past.match(doc.lower, m.end)
        and (_in_future_clause(doc, m.start, m.end) or _invited_day(doc, m) or _scheduled_day(doc, m))
    }
    coming = {(m.day, m.month) for m in written if m.year is None and id(m) in announced}
    return [
        replace(m, ahead=True) if id(m) in announced or (m.year is None and (m.day, m.month) in coming) else m
        for m in written
    ]


def _scheduled_day(doc: Document, mention: _Mention) -> bool:
    """A participle that sets an occasion on a day to come stands right before the date ("the summit, scheduled for
    March 27", "les pourparlers programmés pour le 24 mars", "fijado para el 15 de agosto"): the day of that coming
    occasion, told in a report of what was done before it."""
    scheduled = compiled(doc.language).dates.scheduled_before
    return scheduled.search(doc.lower, max(0, mention.start - _SCHEDULED_REACH), mention.start) is not None


def _restated(doc: Document, relative: _Mention, written: list[_Mention]) -> bool:
    """A relative word the date right after it restates ("hier, lundi 17 août", "today, Wednesday, January 24"),
    maybe in brackets, after an article or a link ("ce soir (mardi 28 mars 2023)", "hier le 25 octobre 2021", "ce
    matin du 26 août 2024"), maybe across a line break of copied text: one day, told by the date."""
    language = doc.language
    links = {w.lower() for w in (*language.determiners, *language.restating_links)} | {""}
    return any(
        0 <= m.start - relative.end <= _APPOSITION + _ARTICLE
        and doc.text[relative.end : m.start].strip().strip(" ,(").strip().lower() in links
        for m in written
    )


def _without_widget(doc: Document, mentions: list[_Mention]) -> list[_Mention]:
    """Without a date line that only shows the day a page was saved: a line holding a full date and little
    else ("Wednesday, November 22, 2024") later than the page's own publication date, or with, shortly after
    it, a publication date that is earlier (the brief's own date line, dateline or "Published …" line). A page
    never shows a date before it was written. A widget that gives no year ("Today: 17 November") yields to a
    publication date below it that gives one and names another day. Nor one beside a weather reading
    (`_beside_weather`), the clock of a page's weather widget, nor one with its weekday in the English order of a
    site's template in a language that puts the day first (`_english_order`: "sábado, abril 20, 2024"), nor one in
    another form of a template's (`_template_form`: "Sunday 27 July, 2025" over a French story). Wherever it
    stands, a full date the story's own weekday and day belie (`_belied_by_weekday`) is a clock too."""
    published = [m for m in mentions if m.is_publication]
    page = None if doc.page.published_is_copyright else _iso_date(doc.page.published)
    page_day = (page.year, page.month, page.day) if page else None
    widgets = {
        id(first)
        for i, first in enumerate(published)
        if _holds_little_else(doc, first)
        and (
            (first.year is not None and first.weekday is not None and _belied_by_weekday(first, mentions))
            or (
                _above_headline(doc, first)
                and (
                    (
                        first.year is not None
                        and page_day is not None
                        and page_day < (first.year, first.month, first.day)
                    )
                    or (first.year is not None and _between_links(doc, first))
                    or _beside_weather(doc, first)
                    or (first.year is not None and first.weekday is not None and _english_order(doc, first))
                    or (first.year is not None and _template_form(doc, first))
                    or any(
                        _day_before(later, first) if first.year is not None else _another_dated_day(later, first)
                        for later in published[i + 1 :]
                        if later.start - first.end <= _WIDGET_REACH or _cued(doc, later)
                    )
                )
            )
        )
    }
    return [m for m in mentions if id(m) not in widgets]


def _belied_by_weekday(stamp: _Mention, mentions: list[_Mention]) -> bool:
    """The story names a day by weekday, day and month without a year ("ce vendredi 21 juin") that does not fall
    on that weekday in the days around the stamp ("Sunday 27 July, 2025": 21 June 2025 is a Saturday): the stamp
    is the clock of the day the page was served, a year or more after the story was written."""
    assert stamp.year is not None
    stamped = _safe_date(stamp.year, stamp.month, stamp.day)
    for told in mentions:
        if told.year is not None or told.weekday is None or told.offset is not None or told.day <= 0:
            continue
        day = _nearest_day(told.month, told.day, stamped) if stamped and told.month else None
        if day is not None and day.weekday() != told.weekday:
            return True
    return False


def _english_order(doc: Document, mention: _Mention) -> bool:
    """The date puts its month's name before the day in a language whose own dates put the day first, as CLDR's
    long format shows ("sábado, abril 20, 2024", "jeudi, mars 28, 2024"; not "sábado, 20 de abril de 2024"): the
    English order of a site template's clock left untranslated, the day the page was served, not written."""
    if month_first(doc.language.code):
        return False
    found = _MONTH_THEN_DAY.search(doc.lower, mention.start, mention.end)
    return bool(found and found.group(1) in doc.language.months)


def _template_form(doc: Document, mention: _Mention) -> bool:
    """The date names its month in another language than the story's ("Sunday 27 July, 2025" over a French story,
    "novembre 24, 2024" over an English one), or, in a language that puts the day first, sets its year off by a
    comma ("Mercredi 15 Mai, 2024"), a form no CLDR long date of such a language has: a site template's clock, the
    day the page was served."""
    words = _WORD.findall(doc.lower, mention.start, mention.end)
    language = doc.language
    named = [w for w in words if not w.isdigit() and w not in language.weekdays]
    if named and not any(w in language.months for w in named) and len(named) <= _TEMPLATE_NAMES:
        return True
    return not month_first(language.code) and bool(_YEAR_AFTER_COMMA.search(doc.text, mention.start, mention.end))


def _beside_weather(doc: Document, mention: _Mention) -> bool:
    """A temperature stands on the date's line or on one of the nearest lines above or below it ("19.6 C" /
    "Valdor" / "Wednesday, March 26, 2025", "чт, 09 май" / "01:13" / "+10 °С, облачно"): the clock of a page's
    weather widget, the day the page was served, not the day the story was written."""
    lines = doc.text.splitlines()
    row = doc.text.count("\n", 0, mention.start)
    above = [line for line in lines[:row] if line.strip()][-_WEATHER_LINES:]
    below = [line for line in lines[row + 1 :] if line.strip()][:_WEATHER_LINES]
    return any(_TEMPERATURE.search(line) for line in [*above, lines[row], *below])


def _another_dated_day(mention: _Mention, yearless: _Mention) -> bool:
    """The mention gives its year and names another day than the yearless one."""
    return mention.year is not None and (mention.month, mention.day) != (yearless.month, yearless.day)


def _cued(doc: Document, mention: _Mention) -> bool:
    """A publication cue stands before the mention on its line ("First Published: Sep 08 2023"): the page's own
    date, however far below a date widget it stands."""
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    return bool(compiled(doc.language).dates.publication_cue.search(doc.lower, line_start, mention.start))


def _between_links(doc: Document, mention: _Mention) -> bool:
    """The date's line stands between two of a page banner's links, the nearest lines above and below it
    ("Search" / "Jeudi 28 Mars 2024" / "S'abonner", "Home | News" / "Tuesday, November 14, 2023" / "Subscribe"),
    or tops the page over the menu: the day the page was served, not the day the story was written. A blog's date
    heading has no link above it, nor a headline under it; a byline holds more than a date."""
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    line_end = doc.text.find("\n", mention.end)
    previous = next((line for line in reversed(doc.text[:line_start].splitlines()) if line.strip()), "")
    following = next((line for line in doc.text[line_end:].splitlines() if line.strip()), "") if line_end >= 0 else ""
    if not doc.text[:line_start].strip():  # the page's top: a menu of several links under it, not one label
        return len(_WORD.findall(following)) > 1 and is_link_line(following, doc.language)
    return is_link_line(previous, doc.language) and is_link_line(following, doc.language)


def _above_headline(doc: Document, mention: _Mention) -> bool:
    """No line above the mention holds a headline's words: a page's date widget sits in its banner, above the
    story, maybe under its menu ("Home | Politics | World"); a date line under the headline is the story's own
    ("Talks in Beijing / 08:27, June 08, 2012")."""
    above = doc.text[: doc.text.rfind("\n", 0, mention.start) + 1]
    return all(
        len(_WORD.findall(line)) < _HEADLINE_WORDS or is_link_line(line, doc.language) for line in above.splitlines()
    )


def _day_before(mention: _Mention, dated: _Mention) -> bool:
    """The mention names a day before the dated one; without a year of its own ("VALDORA, March 14 (VNA)"),
    any other day of the twelve months up to it."""
    day, other = (mention.month, mention.day), (dated.month, dated.day)
    if mention.year is None:
        return day != other
    return (mention.year, *day) < (dated.year or 0, *other)


def _holds_little_else(doc: Document, mention: _Mention | DateCandidate) -> bool:
    """The mention's line holds little but the date, maybe with a time ("22 November, 2024 | 2:12 am") or a short
    label ("Flag Thursday, 25 April 2024", "Today: …")."""
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    line_end = doc.text.find("\n", mention.end)
    after = doc.text[mention.end : len(doc.text) if line_end < 0 else line_end]
    before = doc.text[line_start : mention.start]
    return len(before.strip()) <= _WIDGET_LABEL and (
        len(after.strip()) <= _STANDALONE_SLACK or bool(_TIME_STAMP.match(after))
    )


def _agreeing(written: list[_Mention]) -> list[_Mention]:
    """Figures that may be read either way ("2/9/2018") read the way a date in words of the same text reads
    them ("Lima, feb. 9"), else the way figures of the same text that read one way only show it ("05/03/2024"
    beside "25/02/2024" is day first, even in English): the brief tells its own order."""
    in_words = {(m.day, m.month) for m in written if not m.swappable}
    agreed = [
        replace(m, day=m.month, month=m.day, swappable=False)
        if m.swappable and (m.month, m.day) in in_words and (m.day, m.month) not in in_words
        else m
        for m in written
    ]
    shown = {m.order for m in agreed if m.order and not m.swappable}
    if len(shown) != 1:
        return agreed
    order = shown.pop()
    return [
        replace(m, day=m.month, month=m.day, swappable=False, order=order)
        if m.swappable and m.order != order
        else replace(m, swappable=False) if m.swappable else m
        for m in agreed
    ]


def _resolve(
    mention: _Mention,
    anchor: dt.date,
    near: int | None = None,
    told: bool = False,
    since: bool = False,
    holders: _Holders | None = None,
) -> DateCandidate | None:
    """The date a mention stands for, given the anchor date (and, with no anchor but the day the command runs,
    the latest year the text states). An anchor the story `told` (a date it writes, not the day it was published)
    may come before or after a day without its year: that day is the nearest one ("reçu le 23 octobre" in a brief
    that also writes "du 30 septembre au 4 octobre 2019")."""
    coming = False
    if mention.months is not None:
        value, basis, inferred = _day_of_month_from(anchor, mention.months, mention.day), "reference", True
    elif mention.offset is not None:
        value, basis, inferred = anchor + dt.timedelta(days=mention.offset), "relative", True
    elif not mention.day and mention.ahead:
        start = anchor + dt.timedelta(days=1) if mention.after else anchor
        value, basis, inferred = _next_weekday(mention.weekday or 0, start), "relative", True
    elif not mention.day:  # a weekday marked as past is never the anchor's own day: "jeudi dernier" on a Thursday
        latest = anchor - dt.timedelta(days=1) if mention.past else anchor
        value, basis, inferred = _last_weekday(mention.weekday or 0, latest), "relative", True
        # "ce jeudi" on a page of a Wednesday is the day after, not the Thursday six days gone: a demonstrative names
        # a day of the week the brief is written in, the nearer of the two; not of the week of a day the story tells
        # ("se reunió este lunes … para este viernes 22 de marzo está prevista …": that Monday)
        if mention.this_week and not (mention.past or told) and (anchor - value).days > _THIS_WEEK_BACK:
            value, coming = value + dt.timedelta(days=7), True
    elif mention.year is None and mention.ahead and mention.weekday is None:
        value, basis, inferred = _next_day(mention.month, mention.day, anchor), "reference", True
    elif mention.year is None and told and mention.weekday is None:
        value, basis, inferred = _nearest_day(mention.month, mention.day, anchor), "reference", True
    elif mention.year is not None:
        value, basis, inferred = _safe_date(mention.year, mention.month, mention.day), "explicit", False
        swapped = _safe_date(mention.year, mention.day, mention.month) if mention.swappable else None
        if value and swapped and value > anchor >= swapped:
            value = swapped  # "10/04/2024" on a brief of April 2024 is day first, whatever the habit
    else:
        named = holders.tiers(mention.sentence) if holders else ()
        value, basis = _year_for(mention.month, mention.day, mention.weekday, anchor, near, since, named)
        inferred = True
    if value is None:
        return None
    return DateCandidate(
        value,
        mention.start,
        mention.end,
        basis,
        inferred,
        mention.sentence,
        mention.is_publication,
        mention.ahead or (mention.months is not None and value > anchor) or coming,
        mention.past,
    )


def _candidates(
    mentions: list[_Mention],
    anchor: dt.date,
    near: int | None = None,
    told: bool = False,
    since: bool = False,
    holders: _Holders | None = None,
) -> list[DateCandidate]:
    """Every date in the text, relative words and missing years resolved against the anchor (and a year the text
    states, `near`, or writes alone, `since`, and the officeholders it names, `holders`: see `_year_for`)."""
    return [c for m in mentions if (c := _resolve(m, anchor, near, told, since, holders))]


def _counted_from_told_days(mentions: list[_Mention], candidates: list[DateCandidate]) -> list[DateCandidate]:
    """The candidates, a relative word that counts from the story's own day ("Arrivé le 3 mai à Dakar, il a été reçu
    le lendemain", "avait reçu la veille") moved to the day after or before the last day the text tells ahead of it,
    in its sentence or the one before; left on the anchor when none does. A publication line is no told day."""
    by_start = {m.start: m for m in mentions}
    moved = []
    for c in candidates:
        mention = by_start.get(c.start)
        if mention is not None and mention.from_told and mention.offset is not None:
            told = [
                p
                for p in candidates
                if p.start < c.start
                and not p.is_publication
                and not by_start[p.start].from_told
                and c.sentence - p.sentence <= 1
            ]
            if told:
                last = max(told, key=lambda p: p.start)
                c = replace(c, value=last.value + dt.timedelta(days=mention.offset))
        moved.append(c)
    return moved


def _stated_year(mentions: list[_Mention]) -> int | None:
    """The latest year the text writes in a full date."""
    return max((m.year for m in mentions if m.year is not None), default=None)


def _bare_year(doc: Document, today: dt.date, documents: tuple[_Mention, ...] = ()) -> int | None:
    """The latest year gone by that the text writes alone ("les comptes de l'exercice 2016"): with no full date, the
    time a brief is set in. Not the year of a document's date (`documents`), nor one a word of "since" opens ("au
    pouvoir depuis 2005", "depuis son élection en 2017"): a state begun then still holds, however long after."""
    since = compiled(doc.language).dates.since_year_before if doc.language else None
    return max(
        (
            y
            for m in _BARE_YEAR.finditer(doc.text)
            if (y := int(m.group(0))) <= today.year
            and not any(d.start <= m.start() < d.end for d in documents)
            and not (since and since.search(doc.lower, max(0, m.start() - _SINCE_YEAR_WINDOW), m.start()))
        ),
        default=None,
    )


def _years_told(doc: Document, mentions: list[_Mention], today: dt.date) -> tuple[int | None, bool]:
    """The year a brief with no publication date is set in, for its days without a year: the latest of its full
    dates (in its own lines, else in the page's others), else the latest it writes alone, then marked as one it looks
    back on (`since`: see `_year_for`). Never a document's date ("the Minsk agreements of February 12, 2015"): a
    text the story names, however old."""
    documents = _document_days(doc, mentions)
    own = [m for m in mentions if m.start not in documents]
    written = _written_dates(doc, doc.language)
    near = _stated_year(own) or _stated_year([m for m in written if m.start not in _document_days(doc, written)])
    if near is not None:
        return near, False
    return _bare_year(doc, today, tuple(m for m in mentions if m.start in documents)), True


def _anchor(
    doc: Document,
    mentions: list[_Mention],
    reference: dt.date | None,
    today: dt.date,
    events: set[int],
    said: set[int],
    holders: _Holders | None = None,
) -> dt.date | None:
    """The date relative words refer to: the text's own publication date or dateline, else the page's
    publication date or the reference date, else the first full date of the text (not one announced in passing,
    see `_announced`) or the first date whose
    weekday fixes its year ("lundi 21 août"), or a weekday and a day of the month that the sentences reporting the
    event (`events`) both name, or a day in the year of the UN General Assembly session the brief names
    (`_day_of_assembly_session`). A dateline without its year takes it from the page's date or the
    reference date, or the year that sets it closest to that first full date. A weekday's year is the one close to
    a year the text states, or, with none in the brief's own lines, in the page's others (readers' comments under
    it, "le 10 septembre 2019"). None when the brief and
    the user give none: the day the command runs says nothing of when an archived brief was written."""
    page_date = None if doc.page.published_is_copyright else _iso_date(doc.page.published)
    base = page_date or reference
    first_pass = _stated_by(_candidates(mentions, base or today, holders=holders), reference)
    published = next((c for c in first_pass if c.is_publication and not c.year_inferred), None)
    if published:
        return _dispatch_day(mentions, published.value)
    if base is None:
        near, since = _years_told(doc, mentions, today)
        first_pass = _candidates(mentions, today, near, since=since, holders=holders)
        documents = _document_days(doc, mentions)  # "the agreements of February 12, 2015": no day of the story's time
        told = [
            c
            for c in first_pass
            if c.basis in ("explicit", "weekday") and not _announced(c, events) and c.start not in documents
        ]
        dated = told[0].value if told else None
        dated = dated or _weekday_and_day(doc, mentions, today, near, events, said, since, holders)
        dated = dated or _day_of_assembly_session(doc, mentions, today)
        dated = dated or _dateline_in_the_year_told(doc, mentions, today, near if since else None)
        if dated is None:
            return None
        own = next((m for m in mentions if m.is_publication and m.day), None)
        return (_nearest_day(own.month, own.day, dated) if own else None) or dated
    published = next((c for c in first_pass if c.is_publication), None)
    return published.value if published else base


def _day_of_assembly_session(doc: Document, mentions: list[_Mention], today: dt.date) -> dt.date | None:
    """The first day without a year the brief writes, in the year of the UN General Assembly session it names
    ("le 24 septembre … en marge de la 76e session de l'Assemblée générale de l'ONU" is in 2021): the N-th regular
    session opens in September of 1945 + N and sits until the next one, so a day from September on is in that
    year, an earlier one in the next. The latest session named, when the brief names several; none before the
    second (the first sat in London from January 1946), nor one yet to open."""
    counts = [int(m["count"]) for m in compiled(doc.language).dates.un_assembly_session.finditer(doc.lower)]
    opened = [1945 + count for count in counts if count >= _FIRST_SEPTEMBER_SESSION and 1945 + count <= today.year]
    if not opened:
        return None
    year = max(opened)
    day = next((m for m in mentions if m.day and m.month and m.year is None and m.months is None), None)
    if day is None:
        return None
    return _safe_date(year if day.month >= _SESSION_OPENING_MONTH else year + 1, day.month, day.day)


def _dateline_in_the_year_told(
    doc: Document, mentions: list[_Mention], today: dt.date, near: int | None
) -> dt.date | None:
    """A dateline's day without its year and with no weekday to fix it ("GENEVE 12 septembre – La Conférence …
    a achevé, ce matin, … sa session de 2002"), in the one year the brief writes alone (`near`, see `_bare_year`):
    a dispatch tells the year it is set in. None when the brief writes more than one such year, or none."""
    own = next((m for m in mentions if m.is_publication and m.day and m.year is None and m.weekday is None), None)
    if own is None or near is None or any(m.weekday is not None for m in mentions):
        return None
    if len({int(y.group(0)) for y in _BARE_YEAR.finditer(doc.text)}) != 1:
        return None
    value = _safe_date(near, own.month, own.day)
    return value if value and value <= today else None


def _dispatch_day(mentions: list[_Mention], stamped: dt.date) -> dt.date:
    """The day relative words count from under a page stamped `stamped`: the day before it when a dateline without
    its year names that day ("2025-02-04 00:53" over "MONTEVIDEO, 3 feb (Xinhua) -- … hoy lunes"): the dispatch
    was filed then, the page stamped after midnight, or in another time zone."""
    own = next((m for m in mentions if m.is_publication and m.day and m.year is None), None)
    day = _nearest_day(own.month, own.day, stamped) if own else None
    return day if day is not None and (stamped - day).days == 1 else stamped


def _earlier_occasions(analysis: Analysis, mentions: list[_Mention]) -> set[int]:
    """Starts of the days a sentence after the lead's first tells after a cue of an earlier occasion than the
    brief's ("Pour rappel, X avait reçu le 30 décembre 2022", "s'étaient déjà rencontrés le 2 février"): that
    occasion's day, which does not date the event, and from which, when it is the only day the text gives in full,
    neither a weekday nor "hier" counts."""
    return _recalled_after_lead(analysis, [m for m in mentions if m.day])


def _recalled_after_lead(analysis: Analysis, mentions: list[_Mention]) -> set[int]:
    """Starts of the days, relative words too, a sentence after the lead's first tells after a cue of an earlier
    occasion ("Напомним, накануне Украина вызвала …", "В последний раз стороны общались 12 февраля"): a day the
    text recalls, which loses to the publication date when the event's own sentences give none."""
    doc = analysis.doc
    background = compiled(doc.language).cues.earlier
    if background is None:
        return set()
    lead_end = analysis.lead[0].end if analysis.lead else 0
    return {
        m.start
        for m in mentions
        if (m.day or m.offset is not None or m.weekday is not None)
        and m.start >= lead_end
        and not (m.ahead or m.is_publication)
        and background.search(doc.text, doc.sentences[m.sentence].start, m.start)
    }


def _other_occasions_after_lead(
    analysis: Analysis, candidates: list[DateCandidate], mentions: list[_Mention]
) -> set[int]:
    """Ids of the days a sentence after the lead's own day marks as another occasion's, one to come ("présidera-t-il
    la réunion prévue ce mercredi ?") or one it recalls ("Elle avait été reportée la semaine dernière, le président
    s'étant rendu à Lirno"), when the lead tells a day of its own that no such mark sets apart ("a repris ses
    activités ce mardi"): the lead's day dates the brief, even when only the later sentence names an event."""
    if not analysis.lead:
        return set()
    doc = analysis.doc
    lead_end = analysis.lead[-1].end
    said = _reported_days(doc, candidates, alone=True)
    recalled = _recalled_after_lead(analysis, mentions)
    own = [
        c
        for c in candidates
        if c.start < lead_end and not (c.is_publication or c.ahead or id(c) in said or c.start in recalled)
    ]
    if not own:
        return set()
    first = min(own, key=lambda c: c.start)
    return {
        id(c)
        for c in candidates
        if c.sentence > first.sentence and not c.is_publication and (c.ahead or c.start in recalled)
    }


def _counted_from_earlier(
    mentions: list[_Mention], candidates: list[DateCandidate], anchor: dt.date, earlier: set[int]
) -> list[DateCandidate]:
    """Without what counts from an anchor that is only the day of an earlier occasion (a text with no day of its own
    but "Pour rappel, X avait reçu le 30 décembre 2022"): the weekdays, relative words and days of "this month" it
    would date, and that occasion's days. Unchanged when a day of the text's own story is the anchor."""
    if not any(c.start in earlier and c.value == anchor for c in candidates):
        return candidates
    if any(c.start not in earlier and c.basis == "explicit" and c.value == anchor for c in candidates):
        return candidates
    by_start = {m.start: m for m in mentions}
    return [
        c
        for c in candidates
        if c.start not in earlier and c.basis != "relative" and by_start[c.start].months is None
    ]


def _announced(candidate: DateCandidate, events: set[int]) -> bool:
    """A day the text announces in passing, outside the sentences of its event ("le cinquantenaire, prévu le 6
    janvier 2026"): what is to come, which neither dates the event nor, with no day the brief was written, tells
    from when it counts."""
    return candidate.ahead and candidate.sentence not in events


def _weekday_and_day(
    doc: Document,
    mentions: list[_Mention],
    today: dt.date,
    near: int | None,
    events: set[int],
    said: set[int],
    since: bool = False,
    holders: _Holders | None = None,
) -> dt.date | None:
    """The day a weekday and a day of the month without its year both name: the year is the one that puts that
    day on that weekday ("NAIROBI, May 12 (VNA) -- … met on Friday", "ont débuté leur entretien vendredi soir …
    « Dans la soirée du 19 septembre, le président s'entretient … »"): the one weekday the sentences that report
    the event name, no coming or past one ("last Thursday"), and the day of its sentence, else the dateline's,
    else the first day of a sentence that reports the event, close by. Not a day another sentence tells of ("ce
    lundi … Depuis sa nomination le 11 juin"), nor one the text marks as past or coming ("réélu le 24 février
    dernier", "el próximo 29 de agosto"); none when those sentences name two weekdays."""
    past = compiled(doc.language).dates.past_after
    days = [
        m
        for m in mentions
        if m.day
        and m.months is None
        and m.year is None
        and m.weekday is None
        and not m.ahead
        and not past.match(doc.lower, m.end)
    ]
    bare = [m for m in mentions if not m.day and m.offset is None and not m.ahead and not m.past]
    datelined = {m.sentence for m in days if m.is_publication}
    # none in the event's sentences: the one of a statement the dateline's own sentence reports (`said`), made on
    # the day it names ("Valdora, 19 nov (Xinhua) -- … a déclaré mardi X", the meeting told in the next sentence)
    weekdays = [m for m in bare if m.sentence in events] or [
        m for m in bare if m.sentence in datelined and m.sentence in said
    ]
    if len({m.weekday for m in weekdays}) != 1:
        # two days ("who began his visit on Wednesday, held talks on Thursday"): the one the dateline's own
        # sentence names ("Valdora, 18 nov (EFE).- … se reunieron este martes"), else which one?
        weekdays = [m for m in weekdays if m.sentence in datelined]
        if len({m.weekday for m in weekdays}) != 1:
            return None
    weekday = weekdays[0]
    days = [m for m in days if not _after_another(doc, weekday, m)]
    day = (
        next((m for m in days if m.sentence == weekday.sentence), None)
        or next((m for m in days if m.is_publication), None)
        or next((m for m in days if m.sentence in events), None)
        or next((m for m in days if m.sentence == weekday.sentence + 1 and _held_on(doc, m)), None)
    )
    if day is None or abs(weekday.sentence - day.sentence) > _PAIRED_SENTENCES or day.span:
        return None  # a range's days ("weilten am 7. und 8. Februar … am Montag"): which of them is the weekday's?
    named = holders.tiers(weekday.sentence, day.sentence) if holders else ()
    value, basis = _year_for(day.month, day.day, weekday.weekday, today, near, since, named)
    if named and value and basis == "weekday" and in_office(named[0], value) < len(named[0]):
        # the officeholders of their sentences were never all in office in a year that puts the day on the weekday
        # ("Moscow, May 31 (IANS) Lavrov and Pompeo spoke on Wednesday": 30 May 2018): the weekday is another
        # day than the dateline's, and no year can be told
        return None
    return value if basis == "weekday" else None


def _held_on(doc: Document, day: _Mention) -> bool:
    """A verb of holding stands before the day in its sentence, in no relative clause ("El acto se llevó a cabo en el
    Despacho Presidencial al mediodía del 19 de mayo", "L'audience s'est déroulée le 19 septembre"): the sentence
    tells when the event just reported was held, the day the weekday before names."""
    patterns = compiled(doc.language).places
    start = doc.sentences[day.sentence].start
    return any(
        not patterns.held_relative.search(doc.text, start, verb.start())
        for verb in patterns.venue_verb.finditer(doc.text, start, day.start)
    )


def _after_another(doc: Document, weekday: _Mention, day: _Mention) -> bool:
    """A word of "after" opens the phrase of its sentence that holds the day, and the weekday stands outside it
    ("se sont entretenus vendredi après les bombardements ayant touché X le 27 février", "after the attack on March
    25, the ministers met on Friday"): the day of the occasion the weekday's event came after, not that event's.
    Not when the weekday is inside the phrase too ("après un entretien vendredi 27 février")."""
    after = compiled(doc.language).dates.after_word
    sentence = doc.sentences[day.sentence]
    return any(
        not hit.end() <= weekday.start < day.start for hit in after.finditer(doc.lower, sentence.start, day.start)
    )


def _weekdays_told_in_full(
    mentions: list[_Mention], candidates: list[DateCandidate], earlier: set[int]
) -> list[DateCandidate]:
    """A weekday alone names the day the text writes in full with that weekday ("AMLO tendrá llamada con Biden este
    jueves" over "este jueves 21 de diciembre"; "jeudi" beside "jeudi 14 mars"): one day, whatever the anchor, which
    may be a page's widget long after it. Only when the text writes one such day for that weekday, and not as the
    day of an earlier occasion (`earlier`: "arrivés dimanche soir" over "qui avaient rencontré X dimanche 11 juin",
    a week before): that weekday alone is then the latest one."""
    by_start = {m.start: m for m in mentions}
    full: dict[int, set[dt.date]] = {}
    for c in candidates:
        mention = by_start.get(c.start)
        if c.start in earlier:
            continue
        if mention and mention.day and mention.weekday is not None and c.value.weekday() == mention.weekday:
            full.setdefault(mention.weekday, set()).add(c.value)
    told = {weekday: days.pop() for weekday, days in full.items() if len(days) == 1}
    return [
        replace(c, value=told[mention.weekday])
        if (mention := by_start.get(c.start))
        and not mention.day
        and mention.offset is None
        and not (mention.past or mention.after)  # "jeudi dernier" under "Jeudi 14 mars 2024" is the week before
        and mention.weekday in told
        else c
        for c in candidates
    ]


def _weekdays_within_ranges(mentions: list[_Mention], candidates: list[DateCandidate]) -> list[DateCandidate]:
    """A weekday alone in the sentence of a range of days, or in the next one, names the one day of the range with
    that weekday ("s'est entretenu mardi … en marge de la réunion qui se tient du 11 au 13 mars 2024"): the
    gathering's day, whatever the anchor, which may be the range's first day itself. None changes when no day of the
    range, or two, have it."""
    by_start = {m.start: m for m in mentions}
    ranges: dict[int, list[dt.date]] = {}
    for c in candidates:
        mention = by_start.get(c.start)
        if mention and mention.last > mention.day and (mention.last - mention.day) < _WEEK:
            days = [c.value + dt.timedelta(days=n) for n in range(mention.last - mention.day + 1)]
            ranges.setdefault(c.sentence, []).extend(days)
    if not ranges:
        return candidates
    found = []
    for c in candidates:
        mention = by_start.get(c.start)
        if (
            mention
            and not mention.day
            and mention.offset is None
            and not (mention.past or mention.after)
            and (c.sentence in ranges or c.sentence - _PAIRED_SENTENCES in ranges)
        ):
            told = ranges.get(c.sentence) or ranges[c.sentence - _PAIRED_SENTENCES]
            days = [d for d in told if d.weekday() == mention.weekday]
            c = replace(c, value=days[0]) if len(days) == 1 else c
        found.append(c)
    return found


def _stated_by(candidates: list[DateCandidate], reference: dt.date | None) -> list[DateCandidate]:
    """Without the publication dates later than the day the brief was collected, when the text gives other
    dates: a page's widget showing the day it was saved ("22 noviembre, 2024 | 2:12 am" above a brief that
    says "jueves 22 de febrero", collected in February) dates no brief."""
    if reference is None:
        return candidates
    limit = reference + dt.timedelta(days=_GRACE_DAYS)
    kept = [c for c in candidates if not (c.is_publication and c.value > limit)]
    return kept or candidates


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class WrittenDays:
    """Where the text writes a day with its month, and whether each is another occasion's than the event's (more
    than a few days apart)."""

    days: tuple[tuple[int, bool], ...] = ()
    #: the event's day comes after the day the brief was published: whatever the brief reports said was said before
    to_come: bool = False
    #: where the text tells a time by its month and year or its year alone ("en noviembre de 2022", "in 2016"), each
    #: marked when it ended before the event's day
    periods: tuple[tuple[int, bool], ...] = ()
    #: where the text tells a day by a word or a weekday ("hoy", "on Monday"), not marked as gone by
    told_days: tuple[int, ...] = ()

    def tell_another_occasion(self, start: int, end: int) -> bool:
        """text[start:end] writes another occasion's day and not the event's ("annoncé le 22 janvier")."""
        held = [other for at, other in self.days if start <= at < end]
        return bool(held) and all(held)

    def earlier_times(self, start: int, end: int) -> tuple[int, ...]:
        """Where text[start:end] tells a month or a year gone by before the event ("recordó la visita de X en
        noviembre de 2022"), when it tells no day nor time that may be the event's; none otherwise."""
        held = [(at, other) for at, other in self.periods if start <= at < end]
        if not all(other for _at, other in held) or not all(other for at, other in self.days if start <= at < end):
            return ()
        return () if any(start <= at < end for at in self.told_days) else tuple(at for at, _other in held)


def written_days(
    analysis: Analysis, event: DateCandidate | None, published: DateCandidate | None = None
) -> WrittenDays:
    """The days the text writes, each marked when it is another occasion's than the event's; none when every day
    written is close to the event's, and only those told of an earlier occasion when the event has no date. Whether
    the event is still to come on the day the brief was `published`."""
    to_come = event is not None and published is not None and event.value > published.value
    if analysis.doc.language is None:
        return WrittenDays(to_come=to_come)
    if event is None:  # the days told of an earlier occasion are still another's ("Pour rappel, … le 30 décembre")
        mentions = _mentions(analysis)
        others = _earlier_occasions(analysis, mentions) | _off_the_first_weekday(mentions)
        periods = _periods(analysis, published.value if published is not None else None)
        return WrittenDays(tuple((start, True) for start in sorted(others)), periods=periods)
    days, told_days = [], []
    for mention in _mentions(analysis):
        if not (mention.day and mention.month):
            if (mention.weekday is not None or mention.offset is not None) and not mention.past:
                told_days.append(mention.start)
            continue
        if mention.is_publication:
            continue
        if mention.year:
            value = _safe_date(mention.year, mention.month, mention.day)
        else:
            value = _nearest_day(mention.month, mention.day, event.value)
        if value is not None:
            days.append((mention.start, abs((value - event.value).days) > _SAME_OCCASION_DAYS))
    others = tuple(days) if any(other for _at, other in days) else ()
    return WrittenDays(others, to_come, _periods(analysis, event.value), tuple(told_days))


def _periods(analysis: Analysis, event: dt.date | None) -> tuple[tuple[int, bool], ...]:
    """Where the text tells a month and its year or a year alone outside a full date, each marked when it ended more
    than `_SAME_OCCASION_DAYS` before the `event`'s day; with no day known, each after the first event sentence when
    that sentence tells no such time (a brief that dates its event by nothing but a later sentence's "en noviembre de
    2022" tells another occasion there)."""
    doc = analysis.doc
    language = doc.language
    full = Ranges([(m.start, m.end) for m in _written_dates(doc, language)])
    found: list[tuple[int, dt.date]] = []
    for match in compiled(language).dates.period.finditer(doc.lower):
        if full.holds(match.start("year")):
            continue
        year, name = int(match["year"]), match["month"]
        month = (language.months.get(name) or language.cut_months.get(name)) if name else 12
        end = _safe_date(year + month // 12, month % 12 + 1, 1) if month else None  # the day after the time ends
        if end is not None:
            found.append((match.start(), end))
    if event is not None:
        return tuple((at, (event - end).days >= _SAME_OCCASION_DAYS) for at, end in found)
    lead = analysis.event_sentences[:1]
    if not lead or any(lead[0].start <= at < lead[0].end for at, _end in found):
        return ()
    return tuple((at, at >= lead[0].end) for at, _end in found)


def _off_the_first_weekday(mentions: list[_Mention]) -> set[int]:
    """Starts of the full dates that fall neither on the bare weekday the text first tells a day by ("a reçu,
    dimanche, …") nor on the day after it: another occasion's days (see `_weekday_of_another_day`)."""
    first = next(
        (m for m in mentions if not m.is_publication and (m.day or m.weekday is not None or m.offset is not None)),
        None,
    )
    if first is None or first.weekday is None or first.day or first.offset is not None:
        return set()
    weekday = first.weekday
    return {
        m.start
        for m in mentions
        if m.day
        and m.month
        and m.year
        and not m.is_publication
        and (value := _safe_date(m.year, m.month, m.day)) is not None
        and weekday not in (value.weekday(), (value.weekday() - 1) % 7)
    }


def extract_dates(
    analysis: Analysis, reference: dt.date | None, today: dt.date | None = None, event_type: str = "other"
) -> tuple[DateCandidate | None, DateCandidate | None]:
    """(event date, publication date) of the brief. A statement happens when it is issued: its date is the
    brief's own (dateline or publication line) when it has one, not a day the statement speaks of; or the day its
    heading gives, in the days before the stamp that closes it (`_heading_day`)."""
    doc = analysis.doc
    if doc.language is None:
        return None, None
    mentions = _mentions(analysis)
    today = today or dt.date.today()
    event_sentences = _event_sentences(analysis, event_type)
    said = _event_sentences(analysis, "statement", frozenset())
    # who the brief names in office: the years its weekdays beside days without a year may fall in, when neither
    # the user nor the page tells when it was written
    yearless = any(m.day and m.year is None for m in mentions) and any(m.weekday is not None for m in mentions)
    unstamped = reference is None and (doc.page.published is None or doc.page.published_is_copyright)
    holders = _holders(doc) if yearless and unstamped else None
    anchor = _anchor(doc, mentions, reference, today, event_sentences, said, holders)
    told = anchor is not None and not _publication_known(doc, mentions, reference)
    # with no anchor, a day whose weekday fixes its year takes the one the text sets it in, as in `_anchor`
    near, since = _years_told(doc, mentions, today) if anchor is None and reference is None else (None, False)
    # a day the text stamps itself with its year dates the brief better than any term of office
    candidates = _candidates(mentions, anchor or today, near, told, since, holders if anchor is None or told else None)
    candidates = _stated_by(candidates, reference)
    candidates = _counted_from_told_days(mentions, candidates)
    earlier = _earlier_occasions(analysis, mentions)
    if told and anchor is not None:
        candidates = _counted_from_earlier(mentions, candidates, anchor, earlier)
    candidates = _weekdays_told_in_full(mentions, candidates, earlier)
    candidates = _weekdays_within_ranges(mentions, candidates)
    aside = _aside(analysis)
    candidates = [c for c in candidates if c.is_publication or not aside.holds(c.start)] or candidates
    quoted = _quoted_relative_days(doc, mentions)  # "« un partenariat qui, aujourd'hui, est … »": the speaker's now
    candidates = [c for c in candidates if c.start not in quoted] or candidates
    since = _since_days(doc, mentions)  # never the event's, even when the text gives no other day
    candidates = [c for c in candidates if c.is_publication or c.start not in since]
    in_since_clauses = _since_clause_days(doc, candidates)  # "since he took office on May 10": yields to any other day
    candidates = [c for c in candidates if id(c) not in in_since_clauses] or candidates
    documents = _document_days(doc, mentions)  # "заявления … от 1 октября 2020 года": the statement's own day
    candidates = [c for c in candidates if c.is_publication or c.start not in documents]
    origins = _anniversary_origins(doc, mentions, (reference or today).year)
    candidates = [c for c in candidates if c.start not in origins]
    of_nouns = _days_of_nouns(doc, mentions)  # "las elecciones del domingo": that thing's day
    candidates = [c for c in candidates if c.is_publication or c.start not in of_nouns]
    # "reçu … après l'attaque survenue le 9 mars": the attack's day; condolences on a death "mort mercredi 14 octobre":
    # said after it; a meeting with a president "devenu lundi" president: after that day. Never the event's, even
    # when the brief tells the event on no day of its own
    if event_type in _INCIDENT_FREE_EVENTS or event_type == "statement":
        occurred = _incident_days(analysis, mentions)
        if event_type == "statement":  # "condena el ataque del 24 de septiembre": the attack's day
            occurred |= _incident_noun_days(analysis, mentions)
        candidates = [c for c in candidates if c.start not in occurred]
    if event_type == "statement":  # "félicite X pour son élection … qui a eu lieu dimanche": the vote's day
        candidates = [c for c in candidates if c.is_publication or not _vote_day(analysis, c)]
    if event_type in _HELD_ON_MARGINS:
        candidates = _without_gathering_days(doc, candidates, mentions)
    # "a affirmé hier le porte-parole" with no day of writing given: the statement's day is unknown
    unwritten = anchor is None or told
    if unwritten and event_type == "statement" and _said_on_an_untold_day(analysis, mentions):
        return None, None
    if anchor is None:  # only what the text dates by itself: a full date, or a day whose weekday fixes the year
        # and no day announced in passing ("le cinquantenaire, prévu le 6 janvier 2026"): with no day the brief was
        # written, a coming day outside the sentences of its event tells only what is to come
        dated = [c for c in candidates if c.basis in ("explicit", "weekday")]
        # a lead whose only full date is to come ("wird am Mittwoch, 13. März 2024, … bereisen"), or a day whose
        # weekday fixes its year ("est attendu ce jeudi 7 avril à Nairobi"), announces its event, whatever verb it
        # uses
        candidates = [c for c in dated if not _announced(c, event_sentences)] or [
            c for c in dated if c.sentence <= _LEAD_SENTENCE
        ]
    elif told and _lead_counts_from_unknown_day(doc, mentions):
        return None, None
    kept = _without_later_stamps(doc, candidates, event_sentences)
    updated = _updated_stamp(doc, [c for c in candidates if all(c is not k for k in kept)])
    candidates = kept
    if not candidates:
        return None, updated
    published = next((c for c in candidates if c.is_publication), None)
    reported = _reported_days(doc, candidates)
    own_kind = _event_sentences(analysis, event_type, frozenset({event_type})) if event_type != "other" else set()
    nearest = _nearest_to_event(analysis, candidates, event_type) if event_type in CORE_EVENTS else set()
    recalled = _recalled_days(candidates)
    in_relatives = _relative_clause_days(doc, candidates)
    superseded = _superseded_weekdays(analysis, mentions, candidates)
    long_ago = _days_long_ago(doc, candidates)
    if event_type == "statement" and (published or reference):
        lead_days = _days_of_a_speech_lead(analysis, candidates, own_kind)
        said = (
            _reported_days(doc, candidates, alone=True)
            | _before_statement(analysis, candidates)
            | _after_statement(analysis, candidates)
            | lead_days
        )
        own_kind |= {c.sentence for c in candidates if id(c) in lead_days}
        if published:
            day = _statement_day(candidates, published.value, own_kind, said) or _heading_day(candidates, published)
            return day or published, published
        # no publication line, but the day the brief was written is given: the day beside the reporting verb still
        # dates the statement ("l'attaque qui a ciblé, samedi dernier, … a déclaré dimanche le porte-parole")
        day = _statement_day(candidates, reference, own_kind, said)
        if day:
            return day, updated
    limit = published.value if published else reference
    penalty = _FAR_FROM_PUBLICATION if published else _FAR_FROM_REFERENCE
    reports = _days_of_reports(doc, candidates, event_sentences)
    announced = _announced_after_done(doc, candidates, event_sentences)
    recalled_after_lead = _recalled_after_lead(analysis, mentions) if published else set()
    other_occasions = _other_occasions_after_lead(analysis, candidates, mentions)
    # the top of the text is the lead's place, but also the page's stamp's: a stamp standing there is no sign that
    # its day is the lead's when the story tells a day counted back from it ("29.11.2018, 00:01" over "a dit, hier")
    counted_back = published is not None and any(
        c.basis == "relative" and -_RECENT_DAYS <= (c.value - published.value).days < 0 for c in candidates
    )

    # the days a programme lists, each heading its slots ("Vendredi 8 juillet" over "11h15 : Entretien avec …"): the
    # days of the occasion it sets out, however far down the page they stand
    programme = {id(c) for c in candidates if not c.is_publication and _heads_a_schedule(doc, c.start, c.end)}

    def score(c: DateCandidate) -> float:
        points = -0.3 * c.sentence
        points += 3 if (c.sentence in event_sentences or id(c) in programme) and id(c) not in reports else 0
        points += _OWN_KIND if c.sentence in own_kind else 0
        points -= _REPORTED_DAY if id(c) in reported else 0
        points += _NEAR_EVENT if id(c) in nearest else 0
        points -= _RECALLED_DAY if id(c) in recalled else 0
        points -= _RELATIVE_CLAUSE_DAY if id(c) in in_relatives else 0
        points -= _SUPERSEDED_DAY if id(c) in superseded or id(c) in long_ago else 0
        points -= _SUPERSEDED_DAY if c.start in recalled_after_lead or id(c) in other_occasions else 0
        points -= _ANNOUNCED_AFTER_DONE if id(c) in announced else 0
        points += 1 if c.sentence <= 1 and not (c.is_publication and counted_back) else 0
        points -= 2 if c.is_publication else 0
        if limit and not (-_RECENT_DAYS <= (c.value - limit).days <= _ahead_days(c)):
            points -= penalty
        elif published and c.ahead and c.basis == "relative" and c.sentence not in event_sentences:
            points -= penalty  # a day to come told in passing ("Mercredi prochain, le conseil …") is no event's
        return points

    if limit:  # an old date outside the lead is background ("signed in 1992"), not the event
        candidates = [
            c
            for c in candidates
            if c.is_publication or c.sentence <= _LEAD_SENTENCE or (c.value - limit).days >= -_BACKGROUND_DAYS
        ]
    candidates = _without_days_of_announcement(doc, candidates)
    if not candidates:
        return None, published or updated
    event = max(candidates, key=lambda c: (score(c), -c.start))
    if told and anchor is not None and _weekday_of_another_day(mentions, candidates, event, anchor):
        return None, published or updated
    return event, published or updated


def _weekday_of_another_day(
    mentions: list[_Mention], candidates: list[DateCandidate], event: DateCandidate, anchor: dt.date
) -> bool:
    """The event's day is a bare weekday ("a reçu, dimanche, …") counted from a full date the text tells, with no
    day of publication, and that date falls neither on that weekday nor on the day after (a post, a caption or a
    signature of the same day: "— X (@x) June 29, 2021"): it is another occasion's day ("la réunion de Riyad, tenue
    le 12 janvier 2025", "en poste depuis le 13 octobre 2017"), and the week the weekday falls in is unknown. Not
    when that date carries its own weekday ("Para este viernes 22 de marzo está prevista …"), the way a brief names
    the days of its own week, or stands in the weekday's own sentence ("arrivé lundi … pour une visite jusqu'au 25
    juillet 2018"), nor when the weekday is a day of a range of days the text gives."""
    by_start = {m.start: m for m in mentions}
    mention = by_start.get(event.start)
    if mention is None or mention.weekday is None or mention.day or mention.offset is not None:
        return False
    if 0 <= (anchor - event.value).days <= 1:
        return False
    for c in candidates:
        told = by_start.get(c.start)
        if told is None or not told.day:
            continue
        if c.value == anchor and (told.weekday is not None or c.sentence == event.sentence):
            return False
        if told.last > told.day and c.value <= event.value <= c.value + dt.timedelta(days=told.last - told.day):
            return False  # a day of a range the text gives ("du 11 au 13 mars 2024"): see `_weekdays_within_ranges`
    return True


def _without_days_of_announcement(doc: Document, candidates: list[DateCandidate]) -> list[DateCandidate]:
    """The candidates but the days beside a reporting verb before the day to come that opens the lead ("Der
    Minister kommt am Freitag nach Lirnau. Wie eine Sprecherin am Mittwoch mitteilte, …"): the day the coming
    event was announced, not its own."""
    opening = next((c for c in candidates if not c.is_publication), None)
    if opening is None or not opening.ahead or opening.sentence > _LEAD_SENTENCE:
        return candidates
    said = _reported_days(doc, candidates, alone=True)
    return [c for c in candidates if id(c) not in said or c.value >= opening.value]


def _publication_known(doc: Document, mentions: list[_Mention], reference: dt.date | None) -> bool:
    """The day the brief was published is known: given by the user, the page or a line of the text (a dateline, a
    publication line)."""
    page = doc.page.published and not doc.page.published_is_copyright
    return reference is not None or bool(page) or any(m.is_publication for m in mentions)


def _lead_counts_from_unknown_day(doc: Document, mentions: list[_Mention]) -> bool:
    """The title or the lead dates the story by a day counted from the day it was published ("Reçu hier au palais
    …", "a participé hier à la réunion"), which neither the text, its page nor the user gives: the full dates
    further down ("depuis sa nomination le 17 mai 2017") tell other days, and the event's is unknown. Not when the
    text writes a day with its weekday ("hier jeudi 16 mars", "ce vendredi 19 septembre 2014") or points at a full
    date as its own with a demonstrative ("Ce 16 mai 2018, …", "este 16 de mayo de 2018"): the way a brief names
    the days around its own, which dates it."""
    if any(m.day and m.weekday is not None and m.months is None for m in mentions):
        return False
    demonstratives = doc.language.demonstratives
    if any(m.day and m.year and _word_before(doc, m.start) in demonstratives for m in mentions):
        return False
    first = next((m for m in mentions if m.offset is not None or m.year is not None or m.day), None)
    counted = first is not None and (first.offset is not None or first.months is not None)
    return counted and first.sentence <= _LEAD_SENTENCE


def _word_before(doc: Document, start: int) -> str:
    """The lower-case word right before a position, on its line ("" when none)."""
    before = doc.lower[max(0, start - _NAME_REACH) : start].rsplit("\n", 1)[-1].split()
    return before[-1] if before else ""


def _incident_days(analysis: Analysis, mentions: list[_Mention]) -> set[int]:
    """Starts of the dates a participle of an incident's happening opens ("l'incident survenu le 9 mars dernier",
    "l'attentat perpétré samedi"): the day of the incident the brief's meeting, call or visit came after; not when
    the participle tells of the event itself, its phrase right before ("Cette conversation téléphonique, survenue le
    12 avril"). And the days of a death its clause writes after its noun or verb (`_death_day`: "le décès de X, ce
    jeudi 26 septembre 2019"), which a message of condolence came after."""
    doc = analysis.doc
    occurred = compiled(doc.language).dates.occurred_before
    days: set[int] = set()
    for m in mentions:
        if m.is_publication:
            continue
        participle = occurred.search(doc.lower, max(0, m.start - _OCCURRED_REACH), m.start)
        if (participle and not _event_happened(analysis, participle.start())) or _death_day(doc, m.start):
            days.add(m.start)
    return days


def _incident_noun_days(analysis: Analysis, mentions: list[_Mention]) -> set[int]:
    """Starts of the days a noun of a violent incident owns: the day its clause writes after it, with no finite
    verb, reporting verb or event between ("condena el ataque del 24 de septiembre de 2023", "el asalto a la
    embajada en Quito, la noche del pasado viernes 5 de abril"), or a day word right before it ("zu den gestrigen
    Anschlägen"): the incident's day, which the statement about it came after."""
    doc = analysis.doc
    dates = compiled(doc.language).dates
    said = compiled(doc.language).cues.said
    days: set[int] = set()
    for m in mentions:
        # a day counted as the brief's own ("heute", "hoy") dates the statement too, whatever incident it follows
        if m.is_publication or m.offset == 0:
            continue
        if dates.incident_word.match(doc.lower, m.end + 1) and doc.lower[m.end : m.end + 1].isspace():
            days.add(m.start)
            continue
        low = max(0, m.start - _DEATH_REACH)
        before = doc.lower[low : m.start]
        clause_start = low + 1 + max(before.rfind(mark) for mark in (". ", "! ", "? ", "\n", "« ", "«", "»", '"', "”"))
        nouns = list(dates.incident_word.finditer(doc.lower, clause_start, m.start))
        if not nouns:
            continue
        end = nouns[-1].end()
        if (
            dates.auxiliary.search(doc.lower, end, m.start) is None
            and said.search(doc.lower, end, m.start) is None
            and not analysis.events_in(end, m.start)
        ):
            days.add(m.start)
    return days


def _death_day(doc: Document, start: int) -> bool:
    """A noun of a death or a verb of dying before the day in its sentence, no finite verb between them ("le décès
    de X, ancien président, ce jeudi 26 septembre 2019", "X est décédé, à l'âge de 63 ans, le dimanche 19 mai"): the
    day of that death, which a message of condolence comes after."""
    dates = compiled(doc.language).dates
    before = doc.lower[max(0, start - _DEATH_REACH) : start]
    # a quotation closes its clause ("\"… the passing of X,\" Y tweeted on Tuesday": the day of the tweet)
    clause_start = max(before.rfind(mark) for mark in (". ", "! ", "? ", "\n", "« ", "«", "»", '"', "”"))
    clause = before[clause_start + 1 :]
    words = list(dates.death_word.finditer(clause))
    return bool(words) and dates.auxiliary.search(clause, words[-1].end()) is None


def _vote_day(analysis: Analysis, day: DateCandidate) -> bool:
    """A word of a vote or of its outcome before the day in its sentence, no word of an event between them ("suite à
    son élection au deuxième tour des élections qui ont eu lieu ce dimanche 7 mai", "the Electoral Commission
    announced on Monday"): the day of the vote or of its result, which a message of congratulation answers."""
    doc = analysis.doc
    vote_word = compiled(doc.language).dates.vote_word
    votes = list(vote_word.finditer(doc.lower, doc.sentences[day.sentence].start, day.start))
    return bool(votes) and not analysis.events_in(votes[-1].end(), day.start)


def _event_happened(analysis: Analysis, participle: int) -> bool:
    """A phrase of a meeting, call or visit closes right before a participle of happening, a comma apart at most:
    the participle tells when that event took place."""
    hits = analysis.events_in(max(0, participle - _EVENT_PHRASE_REACH), participle)
    return any(
        kind in CORE_EVENTS and not analysis.doc.lower[end:participle].strip(_EVENT_PHRASE_GAP)
        for _, end, kind in hits
    )


def _since_days(doc: Document, mentions: list[_Mention]) -> set[int]:
    """Starts of the dates a word of "since" opens ("circulating since 6 January", "depuis le 6 janvier", "с 6
    января"): the day a state still going on began, no event's; not the first day of a range ("с 6 по 8 января"),
    nor a day named with its weekday, the way a brief names the days of its own week: the opening day of the
    gathering it tells, still going on ("Le sommet s'est ouvert depuis mercredi 29 novembre")."""
    since = compiled(doc.language).dates.since_before
    return {
        m.start
        for m in mentions
        if not m.span
        and not (m.weekday is not None and m.day)
        and since.search(doc.lower, max(0, m.start - _SINCE_REACH), m.start)
    }


def _document_days(doc: Document, mentions: list[_Mention]) -> set[int]:
    """Starts of the dates a word of a document's date opens ("заявления … от 1 октября 2020 года", "указ от 5 мая",
    "the Minsk agreements of February 12, 2015"): the day a text bears, no event's; not the first day of a range
    ("от 5 до 8 мая")."""
    before = compiled(doc.language).dates.document_day_before
    return {
        m.start
        for m in mentions
        if not m.span and before.search(doc.lower, max(0, m.start - _DOCUMENT_REACH), m.start)
    }


def _anniversary_origins(doc: Document, mentions: list[_Mention], now: int) -> set[int]:
    """Starts of the full dates an anniversary told before them in their clause counts from ("le 58e anniversaire du
    déclenchement de la révolution du 1er Novembre 1954", "the 70th anniversary of … signed on 28 April 1952"): the
    origin, told when its year and the count of returns do not pass the year the brief is read in, no event's. Not a
    day of a count past that year ("son 62e anniversaire 4 avril 2022"): the celebration's own; nor under ten
    returns, where both readings fit."""
    pattern = compiled(doc.language).dates.anniversary_before
    found: set[int] = set()
    for m in mentions:
        if not m.day or m.year is None or m.is_publication:
            continue
        told = pattern.search(doc.lower, max(0, m.start - _ANNIVERSARY_REACH), m.start)
        if told and int(told["count"]) >= _ANNIVERSARY_COUNT and m.year + int(told["count"]) <= now:
            found.add(m.start)
    return found


def _days_of_nouns(doc: Document, mentions: list[_Mention]) -> set[int]:
    """Starts of the weekdays alone that a link ties to the noun before them ("criticó la valoración de las
    elecciones del domingo", "avant le scrutin de dimanche", "nach der Wahl vom Sonntag"): the day of a thing the
    text names in passing, no event's; not a part of that day ("la tarde del domingo") nor a range's first day
    ("del lunes al miércoles")."""
    dates = compiled(doc.language).dates
    return {
        m.start
        for m in mentions
        if m.weekday is not None
        and not m.day
        and dates.noun_day_before.search(doc.lower, max(0, m.start - _NOUN_DAY_REACH), m.start)
        and not dates.range_word_after.match(doc.lower, m.end)
    }


def _without_gathering_days(
    doc: Document, candidates: list[DateCandidate], mentions: list[_Mention]
) -> list[DateCandidate]:
    """Without the days of a gathering a meeting or a call was held on the margins of: the day a clause gives for
    its opening or close, and a range of days up to the publication date after the words that name the margins
    ("on the sidelines of the summit held on May 11-12", "en marge du sommet tenu les 11 et 12 mai"), which tell
    the gathering's days, not the meeting's; the other dates, if any. Not a range the talks themselves took ("held
    talks from Dec. 11 to 12")."""
    published = next((c.value for c in candidates if c.is_publication), None)
    margin = compiled(doc.language).dates.margin_cue
    sentences = doc.sentences
    spans = {
        m.start for m in mentions if m.span and margin.search(doc.lower, sentences[m.sentence].start, m.start)
    }
    kept = [
        c
        for c in candidates
        if not _gathering_bound(doc, c)
        and not (c.start in spans and not c.is_publication and published and c.value <= published)
    ]
    return kept or candidates


def _gathering_bound(doc: Document, candidate: DateCandidate) -> bool:
    """The date tells when a gathering opened or closed ("the summit, which kicked off on Saturday", "le sommet, qui
    s'est ouvert samedi"): a meeting or a call held on its margins is of its own day, which that one does not
    tell."""
    opening = compiled(doc.language).dates.opening_clause
    return bool(opening.search(doc.lower, max(0, candidate.start - _OPENING_REACH), candidate.start))


def _without_later_stamps(
    doc: Document, candidates: list[DateCandidate], event_sentences: set[int]
) -> list[DateCandidate]:
    """Without the date stamps long after the event the lead dates in full ("ce mercredi 25 janvier 2023"): a
    news list under the brief ("FIL INFO / 17 octobre 2024 / …") dates other stories, and a line above it holding
    little but a date ("Mercredi 2 décembre 2026 - 14:05") the day the page was saved; a brief is published within
    weeks of its event. A dateline above the lead is the brief's own, whatever older day its lead recalls."""
    stated = next(
        (
            c
            for c in candidates
            if c.basis in ("explicit", "weekday") and not c.is_publication and c.sentence in event_sentences
        ),
        None,
    )
    if stated is None or stated.sentence not in sorted(event_sentences)[:2]:  # the title's, or the lead's
        return candidates
    return [
        c
        for c in candidates
        if not (
            c.is_publication
            and (c.start > stated.end or (_holds_little_else(doc, c) and not _on_a_dateline(doc, c)))
            and (c.value - stated.value).days > _STALE_DAYS
        )
    ]


def _on_a_dateline(doc: Document, stamp: DateCandidate) -> bool:
    """The stamp is the date of a dateline on its line ("Kinshasa, 4 mars 2023 (Valdor Presse)"), not a page's clock."""
    line_start = doc.text.rfind("\n", 0, stamp.start) + 1
    line_end = doc.text.find("\n", stamp.end)
    after = doc.text[stamp.end : len(doc.text) if line_end < 0 else line_end]
    return is_dateline_date(doc.text[line_start : stamp.start], after, doc.language, not stamp.year_inferred)


def _updated_stamp(doc: Document, stale: list[DateCandidate]) -> DateCandidate | None:
    """Of the stamps dropped as long after the day the lead dates in full, the one an update label follows on its
    line ("11.07.2017 | Stand 19.07.2023, 11:23 Uhr"): the page's own stamp, not a clock, so the publication date,
    though no anchor for an event its lead dates weeks before."""
    updated = compiled(doc.language).dates.update_after
    return next((c for c in stale if c.is_publication and updated.match(doc.lower, c.end)), None)


def _ahead_days(candidate: DateCandidate) -> int:
    """How many days after the publication date a candidate may fall and still be the brief's event: a day for a
    past one, a week for a coming weekday, weeks for an announced date ("will visit on January 5") or for a full date
    with its year, which a page can only announce when it falls after its own date ("reist vom 13. bis 14. November
    2025", a present that tells the future)."""
    if not candidate.ahead and candidate.basis != "explicit":
        return 1
    return _ANNOUNCED_DAYS if candidate.basis in ("reference", "explicit") else _WEEK


def _before_statement(analysis: Analysis, candidates: list[DateCandidate]) -> set[int]:
    """Ids of the dates just before the phrase of a statement in their sentence ("the President yesterday sent
    condolences"): the day it was made, where a day after it tells of its occasion ("condemns the attack of
    Saturday")."""
    sentences = analysis.doc.sentences
    found = set()
    for c in candidates:
        sentence = sentences[c.sentence]
        hit = analysis.first_event(c.end, sentence.end, frozenset({"statement"}))
        if hit and hit[0] - c.end <= _REPORTING_REACH:
            found.add(id(c))
    return found


def _days_of_a_speech_lead(
    analysis: Analysis, candidates: list[DateCandidate], statement_sentences: set[int]
) -> set[int]:
    """Ids of the days set off right after the lead's own verb ("X a « reconnu », hier, la responsabilité …") when
    the lead holds no event word and the sentence after it reports a statement ("…, a déclaré X"): that sentence
    gives the lead's words as said, so the lead tells the statement and its verb's day is the day it was made."""
    doc = analysis.doc
    if not analysis.lead:
        return set()
    lead = analysis.lead[0]
    index = next((i for i, s in enumerate(doc.sentences) if s.start == lead.start), None)
    if index is None or index + 1 not in statement_sentences or analysis.events.within(lead.start, lead.end):
        return set()
    verb_before_day = compiled(doc.language).dates.verb_before_day
    return {
        id(c)
        for c in candidates
        if c.sentence == index
        and not (c.ahead or c.is_publication)
        and verb_before_day.search(doc.lower, max(0, c.start - _REPORTING_REACH), c.start)
    }


def _quoted_relative_days(doc: Document, mentions: list[_Mention]) -> set[int]:
    """Starts of the relative words ("aujourd'hui", "hier", "today") inside a quotation: they count from the day
    the speaker spoke, which the text does not give, and often mean no day at all ("un partenariat qui, aujourd'hui,
    est d'égal à égal")."""
    found = set()
    for m in mentions:
        if m.offset is None:
            continue
        line_start = doc.text.rfind("\n", 0, m.start) + 1
        line_end = doc.text.find("\n", m.end)
        before = doc.text[line_start : m.start]
        after = doc.text[m.end : len(doc.text) if line_end < 0 else line_end]
        straight = before.count('"') % 2 == 1 and '"' in after
        if straight or (_QUOTE_OPEN.search(before) and _QUOTE_CLOSE.match(after)):
            found.add(m.start)
    return found


def _after_statement(analysis: Analysis, candidates: list[DateCandidate]) -> set[int]:
    """Ids of the dates right after the phrase of a statement, a comma or a short word between ("animait un point
    de presse, mardi, à Dakar", "at a press conference on Tuesday", "a condamné, mardi, l'attaque"): the day it was
    made, also when a sentence of its own tells it after the lead's undated statement."""
    text = analysis.doc.lower
    found = set()
    for c in candidates:
        if c.ahead:
            continue
        start = analysis.doc.sentences[c.sentence].start
        hits = [h for h in analysis.events.within(start, c.start) if h[2] == "statement"]
        if hits and _STATEMENT_TO_DAY.fullmatch(text, hits[-1][1], c.start):
            found.add(id(c))
    return found


def _said_on_an_untold_day(analysis: Analysis, mentions: list[_Mention]) -> bool:
    """A reporting verb is dated by a day counted from the day the brief was written ("a affirmé hier le
    porte-parole"), which neither the user, the page nor the text gives: the statement's day is unknown, whatever
    other days the text tells (the attack it condemns, "ce samedi 23 juin")."""
    text = analysis.doc.lower
    said = compiled(analysis.doc.language).cues.said
    for m in mentions:
        if m.offset is None or m.is_publication:
            continue
        start = analysis.doc.sentences[m.sentence].start
        ends = [h[1] for h in analysis.events.within(start, m.start) if h[2] == "statement"]
        ends += [verb.end() for verb in said.finditer(text, start, m.start)]
        if ends and _STATEMENT_TO_DAY.fullmatch(text, max(ends), m.start):
            return True
    return False


def _statement_day(
    candidates: list[DateCandidate], published: dt.date, statement_sentences: set[int], reported: set[int]
) -> DateCandidate | None:
    """The day a statement was made when a sentence reporting it names it, in words relative to the publication
    date or as a day of the month, in the days before it ("yesterday sent condolences", "a spokeswoman said
    Thursday that China condemns a Wednesday bombing", "the Ministry on May 12 condemned"): the day beside a
    reporting verb first, else the first one. Else the dateline of a sentence reporting it, in the days before the
    page's stamp ("le 08/05/2012" over "PORTA NOVA, 7 mai (Xinhua) -- Le président valdorien a adressé un message",
    "10:15, January 30" over "PORTA NOVA, Jan. 29 (Xinhua) -- Valdora congratulates"): the dispatch was filed then."""
    days = [
        c
        for c in candidates
        if not c.is_publication
        and id(c) in reported
        and c.sentence in statement_sentences
        and -_RECENT_DAYS <= (c.value - published).days <= 0
    ]
    dispatched = [
        c
        for c in candidates
        if c.is_publication and c.sentence in statement_sentences and -_RECENT_DAYS <= (c.value - published).days < 0
    ]
    return min(days, key=lambda c: c.start, default=None) or min(dispatched, key=lambda c: c.start, default=None)


def _heading_day(candidates: list[DateCandidate], published: DateCandidate) -> DateCandidate | None:
    """The full date, year written, in the first sentence of a statement whose publication stamp closes the text,
    in the days before that stamp ("Déclaration du ministre … à Paris le 4 octobre 2012" … "Source …, le 8 octobre
    2012"): the issuer put out later a statement its heading dates."""
    if any(c.start > published.start for c in candidates):
        return None
    return next(
        (
            c
            for c in candidates
            if c.sentence == 0
            and c.basis == "explicit"
            and not c.is_publication
            and -_RECENT_DAYS <= (c.value - published.value).days < 0
        ),
        None,
    )


def _nearest_to_event(analysis: Analysis, candidates: list[DateCandidate], event_type: str) -> set[int]:
    """Ids of the dates nearest the phrase of the brief's own meeting, call or visit in their sentence, where the
    sentence holds several: "en marge du sommet ouvert jeudi, le président s'est entretenu vendredi avec …" is of
    Friday. A day in the phrase's own clause first, however far: a clause set off by a comma tells another
    occasion's."""
    sentences, text = analysis.doc.sentences, analysis.doc.text
    by_sentence: dict[int, list[DateCandidate]] = {}
    for c in candidates:
        by_sentence.setdefault(c.sentence, []).append(c)
    found = set()
    for index, group in by_sentence.items():
        hits = [h for h in analysis.events.within(sentences[index].start, sentences[index].end) if h[2] == event_type]
        if len({c.value for c in group}) < 2 or not hits:
            continue
        found.add(id(min(group, key=lambda c: min((_crosses_clause(text, c, hit), _gap(c, hit)) for hit in hits))))
    return found


def _crosses_clause(text: str, candidate: DateCandidate, hit: EventHit) -> bool:
    """A clause mark stands between the date and the event phrase: the date is another clause's ("Revenu au pays
    ce mercredi 9 novembre après son séjour en France, le président a reçu … ce jeudi 10 novembre")."""
    between = text[candidate.end : hit[0]] if candidate.end <= hit[0] else text[hit[1] : candidate.start]
    return any(mark in between for mark in _CLAUSE_MARKS)


def _recalled_days(candidates: list[DateCandidate]) -> set[int]:
    """Ids of the weekdays marked as past in a sentence that also names a day without that mark ("a refusé mardi de
    commenter son entretien de jeudi dernier", "anunció este lunes … tras la llamada que sostuvo el viernes
    pasado"): the mark sets an earlier event the lead recalls apart from the one it reports, the unmarked day's."""
    unmarked = {c.sentence for c in candidates if not c.past and not c.is_publication}
    return {id(c) for c in candidates if c.past and c.sentence in unmarked}


def _relative_clause_days(doc: Document, candidates: list[DateCandidate]) -> set[int]:
    """Ids of the days told in a relative clause about a person, set off by a comma before its pronoun ("Le Premier
    ministre X, qui est arrivé samedi soir à Islamabad, a été reçu dimanche …"), in a sentence that names another day
    outside such a clause: the clause tells what came before, the main clause the day the sentence reports."""
    pronouns = tuple(f", {pronoun} " for pronoun in doc.language.relative_pronouns) if doc.language else ()
    if not pronouns:
        return set()
    inside: set[int] = set()
    for c in candidates:
        sentence = doc.sentences[c.sentence]
        before = doc.lower[sentence.start : c.start]
        opening = max(before.rfind(pronoun) for pronoun in pronouns)
        if opening >= 0 and not any(mark in before[opening + 1 :] for mark in _CLAUSE_MARKS):
            inside.add(id(c))
    outside = {(c.sentence, c.value) for c in candidates if id(c) not in inside and not c.is_publication}
    return {
        id(c)
        for c in candidates
        if id(c) in inside and any(sentence == c.sentence and value != c.value for sentence, value in outside)
    }


def _since_clause_days(doc: Document, candidates: list[DateCandidate]) -> set[int]:
    """Ids of the days told in a clause that a word of "since" opens, within their sentence ("the first meeting since
    he became Prime Minister on May 10"): the day a state still going on began, which yields to any other day. A verb
    of holding after that word ends its clause ("The first meeting since the war began was held on Monday")."""
    patterns = compiled(doc.language)
    inside: set[int] = set()
    for c in candidates:
        start = max(doc.sentences[c.sentence].start, c.start - _SINCE_CLAUSE_REACH)
        before = doc.lower[start : c.start]
        clause = before[max((m.end() for m in _CLAUSE_END.finditer(before)), default=0) :]
        opening = patterns.dates.since_clause.search(clause)
        if not c.is_publication and opening and not patterns.places.venue_verb.search(clause, opening.end()):
            inside.add(id(c))
    return inside


def _superseded_weekdays(
    analysis: Analysis, mentions: tuple[_Mention, ...], candidates: list[DateCandidate]
) -> set[int]:
    """Ids of the weekdays told after the lead that fall before the weekday of the lead's own sentence ("ont continué
    vendredi d'échanger …" over "ont qualifié de fructueux leur entretien de jeudi"): the lead tells the latest
    day of the story, a later sentence an earlier occasion. Not when the lead's day is one a verb reports ("a
    annoncé vendredi"), nor a day to come; only weekdays ("today … a call yesterday" tells the call's own day)."""
    if not analysis.lead:
        return set()
    doc = analysis.doc
    weekdays = {m.start for m in mentions if m.weekday is not None and not m.day and m.offset is None}
    lead = next((i for i, s in enumerate(doc.sentences) if s.start == analysis.lead[0].start), None)
    said = _reported_days(doc, candidates, alone=True)
    lead_days = [
        c.value
        for c in candidates
        if c.sentence == lead and c.start in weekdays and not (c.past or c.ahead or c.is_publication or id(c) in said)
    ]
    if lead is None or len(set(lead_days)) != 1:
        return set()
    return {
        id(c)
        for c in candidates
        if c.sentence > lead and c.start in weekdays and not c.ahead and c.value < lead_days[0]
    }


def _days_long_ago(doc: Document, candidates: list[DateCandidate]) -> set[int]:
    """Ids of the days a phrase of a week or more back follows in their clause ("nach Angelobung der Regierung am
    18. Dezember vergangenen Jahres", "on December 18 last year", "le 18 décembre de l'année dernière", "18 декабря
    прошлого года"): an earlier occasion the story recalls, whatever event word its sentence holds; not the day the
    brief reports."""
    long_ago = compiled(doc.language).people.long_ago
    if long_ago is None:
        return set()
    found = set()
    for c in candidates:
        after = _CLAUSE_END.split(doc.text[c.end : c.end + _LONG_AGO_REACH])[0].lstrip()
        phrase = long_ago.search(after)
        if phrase and phrase.start() <= _LONG_AGO_LINK and not c.is_publication:
            found.add(id(c))
    return found


def _gap(candidate: DateCandidate, hit: EventHit) -> int:
    """Characters between a date and an event phrase."""
    return max(hit[0] - candidate.end, candidate.start - hit[1], 0)


def _reported_days(doc: Document, candidates: list[DateCandidate], alone: bool = False) -> set[int]:
    """Ids of the dates that tell when something was reported, beside a reporting verb ("said on Tuesday that
    …", "a indiqué mardi", "am Mittwoch mitteilte"), in a sentence that holds another date (the other one is
    when the event took place), or in any sentence when `alone` (a statement is made when it is said)."""
    patterns = compiled(doc.language).dates
    values: dict[int, set[dt.date]] = {}
    for c in candidates:
        values.setdefault(c.sentence, set()).add(c.value)
    return {
        id(c)
        for c in candidates
        if (alone or len(values[c.sentence]) > 1)
        and not (c.basis == "relative" and _future_follows(doc, c))
        and (
            patterns.reported_before.search(doc.lower, max(0, c.start - _REPORTING_REACH), c.start)
            or patterns.reported_after.match(doc.lower, c.end, c.end + _REPORTING_REACH)
        )
    }


def _announced_after_done(doc: Document, candidates: list[DateCandidate], event_sentences: set[int]) -> set[int]:
    """Ids of the days a sentence of the event announces ("dans le cadre du sommet prévu le 9 février 2023") after
    a day the title or the lead gives its event as done ("ont accueilli ce mercredi 08 février 2023 …"): what is
    to come frames the event the lead reports, it does not date it. Not after the day the announcement was made
    ("a annoncé mercredi qu'il effectuera une visite les 23 et 24 octobre"): that announced day is the event's."""
    said = _reported_days(doc, candidates, alone=True)
    telling_ahead = {c.sentence for c in candidates if c.ahead}  # "s'entretiendra vendredi, a appris l'agence mardi"
    done = [
        (c.sentence, c.value)
        for c in candidates
        if c.sentence <= _LEAD_SENTENCE
        and c.sentence in event_sentences
        and c.sentence not in telling_ahead
        and not (c.is_publication or id(c) in said)
    ]
    return {
        id(c)
        for c in candidates
        if c.ahead and c.sentence in event_sentences and any(at < c.sentence and day < c.value for at, day in done)
    }


def _days_of_reports(doc: Document, candidates: list[DateCandidate], event_sentences: set[int]) -> set[int]:
    """Ids of the days beside a reporting verb in the sentences of the event ("held meetings with his counterparts,
    the spokesman said on Thursday") when another of those sentences tells an earlier day of its own, beside no
    reporting verb ("held talks with X on Wednesday"): the day the event was told, after the day it took place."""
    said = _reported_days(doc, candidates, alone=True)
    told = [
        c.value
        for c in candidates
        if c.sentence in event_sentences
        and id(c) not in said
        and not (c.is_publication or c.ahead or _after_an_earlier_event(doc, c))
    ]
    return {
        id(c)
        for c in candidates
        if id(c) in said and c.sentence in event_sentences and any(day < c.value for day in told)
    }


def _after_an_earlier_event(doc: Document, candidate: DateCandidate) -> bool:
    """A day told after a word of "after" in its sentence ("anunció este lunes que se reunirán, tras la llamada que
    sostuvo el viernes pasado"): the earlier thing the reported one follows, not the day of the reported one."""
    sentence = doc.sentences[candidate.sentence]
    return bool(compiled(doc.language).dates.after_word.search(doc.lower, sentence.start, candidate.start))


def _future_follows(doc: Document, candidate: DateCandidate) -> bool:
    """A verb in the future right after the day ("informó que hoy tendrá una llamada"): the day of the thing to
    come, told in the reported clause, not the day it was reported."""
    after = _CLAUSE_END.split(doc.text[candidate.end : candidate.end + _FUTURE_REACH])[0]
    return bool(compiled(doc.language).dates.future_after.match(after.lstrip()))


def _aside(analysis: Analysis) -> Ranges:
    """The sentences that tell another story or none: page furniture ("Read also: …"), teasers under it, photo
    captions. A date there is no date of the brief's event."""
    return Ranges([(s.start, s.end) for s in analysis.body if s.boilerplate or s.teaser or s.caption])


def _event_sentences(analysis: Analysis, event_type: str, kinds: frozenset[str] = CORE_EVENTS) -> set[int]:
    """Indexes of the document's sentences that report a meeting, call, visit or signing (`kinds`), or an event
    of the brief's own type (the summit of a brief about a summit)."""
    kinds = kinds | {event_type}
    doc = analysis.doc
    return {
        i
        for i, s in enumerate(doc.sentences)
        if any(h[2] in kinds and not leaves_no_place(doc, h) for h in analysis.events.within(s.start, s.end))
    }


def dated_by_publication(analysis: Analysis) -> bool:
    """The text dates its event only by the day it was published ("yesterday", "on Monday", "14 March"): a
    news text whose publication day a page's copyright year cannot stand for."""
    if analysis.doc.language is None:
        return False
    mentions = _mentions(analysis)
    return any(m.year is None for m in mentions) and not any(m.year is not None for m in mentions)


def date_evidence(doc: Document, candidate: DateCandidate) -> DateEvidence:
    """The evidence record of a chosen date."""
    return DateEvidence(
        span=doc.span(candidate.start, candidate.end), basis=candidate.basis, year_inferred=candidate.year_inferred
    )
