"""Dates of a web page: reading date strings, and choosing the ORIGINAL publication date.

Sources, most trusted first (the first valid one wins):

1. JSON-LD `datePublished` (then `dateCreated`) of an article object, then meta tags for the
   publication date (`article:published_time`, Dublin Core, `date`, `pubdate`, `sailthru.date`,
   `parsely-pub-date`, ...) in the order of `PUBLISHED_META`, then the JSON-LD date of any other
   object; a full date in the canonical URL that is older wins over these (a republished page);
2. elements marked as the publication date near the headline: `itemprop="datePublished"`,
   `<time pubdate>`, `<abbr class="published">`;
3. (no date in metadata) a `<time datetime>` near the headline (not in navigation, comments or
   related lists); its visible date when that is older; on a page without a headline (a feed, a
   timeline), the oldest of its timestamps;
4. a full date in the canonical URL (`/2016/12/23/`, `/20161223/`, `/2016/dec/23/`);
5. a date written in an element near the headline whose class or id says date, time, byline,
   meta, posted or published (dates after an "updated" cue are skipped);
6. the same two sources farther from the headline, then another meta tag whose name says
   published, uploaded or created;
7. the first date written in the line just above the headline or after it, a date in the address
   of the page's image, then a year and month in the canonical URL;
8. the whole page's markup: full dates written as a path (`/2016/05/04/`), then as ISO, then as
   DD.MM.YYYY, then the month folder of uploaded images and documents (`/uploads/2017/08/a.jpg`,
   day 1), the oldest of the ten most frequent (unless a date of the same year is more than ten
   times as frequent), then the copyright year (1 January; a notice inside an HTML comment belongs
   to the software, not the page).

Validation: a date after the page's own latest evidence (its modification date in metadata or an
"Updated: …" / "Stand: …" date written on it, else today) is dropped, and so is a date before 1995
unless metadata states it (1-2). A date written far below the headline (7) or found page-wide (8)
must also not be older than the page's copyright year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from briefparse import kept_patterns
from briefparse.lang import get_language, supported_languages
from briefparse.lang.base import alternation
from briefparse.lang.cldr import PAGE_MONTHS
from briefparse.lang.letters import either_apostrophe
from briefparse.lazy_regex import lazy_compile
from briefparse.ranges import Ranges

_MIN_YEAR, _MIN_TEXT_YEAR = 1900, 1995
_ISO = lazy_compile(r"(?<!\d)((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)(?!\d)")
_ISO_LOOSE = lazy_compile(r"(?<!\d)((?:19|20)\d\d)[/.-]([01]?\d)[/.-]([0-3]?\d)(?!\d)")
_EPOCH = lazy_compile(r"^\s*(1\d{9})(?:\d{3})?\s*$")
_URL_DATE = lazy_compile(r"/((?:19|20)\d\d)(?:([01]\d)([0-3]\d)|[/_-]([01]?\d)[/_-]([0-3]?\d))(?=[/_.-]|$)")
_URL_DATE_DASHED = lazy_compile(r"[/_-]((?:19|20)\d\d)[_-]([01]?\d)[_-]([0-3]?\d)(?=[/_.-]|$)")
_URL_MONTH = lazy_compile(r"/((?:19|20)\d\d)/([01]\d)/")
_URL_MONTH_NAME = lazy_compile(r"/((?:19|20)\d\d)/([a-z]{3,9})/([0-3]?\d)(?=[/_.-]|$)", re.I)
#: a year as the dates with a month in words end on (the test before their patterns)
_YEAR = lazy_compile(r"(?:19|20)\d\d(?!\d)")
_COPYRIGHT_MARKERS = ("©", "&copy;", "copyright", "(c)")
_COPYRIGHT = lazy_compile(r"(?:©|&copy;|\bcopyright\b|\(c\))\D{0,40}?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)")


@cache
def _named_month_patterns() -> tuple[re.Pattern[str], ...]:
    """The full dates with a month in words of the page reader's languages, before or after its day (kept between
    runs: `kept_patterns`)."""
    month = alternation(PAGE_MONTHS)  # a trie: quick to compile and to match
    year = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    return (
        kept_patterns.compile(
            rf"(?<![\d\w])(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|of\s+)?(?P<m>{month})\.?(?!\w),?\s*"
            rf"(?:de\s+|del\s+)?{year}",
            re.I,
        ),
        kept_patterns.compile(rf"(?<!\w)(?P<m>{month})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d),?\s+{year}", re.I),
    )


@cache
def _text_patterns() -> tuple[re.Pattern[str], ...]:
    """Every shape of full date a page's text writes: a month in words first (they win an overlap), then numbers."""
    return (
        *_named_month_patterns(),
        re.compile(r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<n>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]?"),
        re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)[/.-](?P<n>[01]?\d)[/.-](?P<d>[0-3]?\d)(?![\d])"),
        re.compile(
            r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<s>[./-])(?P<b>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d|\d\d)(?![\d]|[./]\d)"
        ),
    )


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist."""
    try:
        return dt.date(year, month, day) if _MIN_YEAR <= year <= 2100 else None
    except ValueError:
        return None


def parse_value(value: str | None, month_first: bool = False) -> dt.date | None:
    """A date from a metadata value: ISO 8601 first, then a Unix time, then a written date."""
    if not value:
        return None
    match = _ISO.search(value) or _ISO_LOOSE.search(value)
    if match:
        return safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    epoch = _EPOCH.match(value)
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch.group(1)), tz=dt.timezone.utc).date()
    found = dates_in_text(value[:200], month_first)
    return found[0][0] if found else None


def dates_in_text(text: str, month_first: bool = False) -> list[tuple[dt.date, int]]:
    """Every full date (day, month and year) written in the text, with its offset, in order."""
    return [(value, start) for value, start, _ in _dated_spans(text, _text_patterns(), month_first)]


def named_month_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every full date the text writes with its month in words of any of the page reader's languages ("2 Dekabr
    2015", "02 Agosto 2019"), with its span, in order. A text that writes no year has none: its patterns are not
    compiled."""
    if not _YEAR.search(text):
        return []
    return _dated_spans(text, _named_month_patterns(), month_first=False)


def _dated_spans(text: str, patterns: tuple[re.Pattern[str], ...], month_first: bool) -> list[tuple[dt.date, int, int]]:
    """The dates the patterns find in the text, the earlier pattern first where two overlap, in order."""
    found: list[tuple[dt.date, int, int]] = []
    taken: list[tuple[int, int]] = []
    months = PAGE_MONTHS
    for pattern in patterns:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            value = _match_date(match, months, month_first)
            if value:
                found.append((value, match.start(), match.end()))
                taken.append(match.span())
    found.sort(key=lambda item: item[1])
    return found


def _match_date(match: re.Match[str], months: dict[str, int], month_first: bool) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    if groups.get("m"):
        return safe_date(year, months.get(groups["m"].lower(), 0), int(groups["d"]))
    if groups.get("n"):
        return safe_date(year, int(groups["n"]), int(groups["d"]))
    a, b = int(groups["a"]), int(groups["b"])
    if groups["s"] == "/" and (month_first or b > 12) and a <= 12:
        a, b = b, a
    return safe_date(year, b, a)


def not_updated(text: str, offset: int) -> bool:
    """False when the date at `offset` follows an "updated" cue, or ends a period ("from 4 to 9 May 2017")."""
    before = text[max(0, offset - 40) : offset]
    return not _update_labels().cue.search(before) and not _range_end().search(before)


@cache
def _range_end() -> re.Pattern[str]:
    """A word or a month, then a range word of any supported language ("to", "au", "bis", "-"), at the end."""
    words = {w.lower() for code in supported_languages() for w in get_language(code).range_words}
    signs = "".join(re.escape(w) for w in words if len(w) == 1 and not w.isalnum())
    spelled = either_apostrophe(alternation({w for w in words if any(c.isalpha() for c in w)}))
    return kept_patterns.compile(rf"(?:\d\.?|\w{{3,}})\s*(?:[{signs}]|(?<!\w)(?:{spelled}))\s*$", re.I)


def url_date(url: str | None) -> tuple[dt.date | None, dt.date | None]:
    """(full date, first day of the year and month) written in a URL's path."""
    if not url:
        return None, None
    path = re.sub(r"^\w+://[^/]+", "", url)
    match = _URL_DATE.search(path) or _URL_DATE_DASHED.search(path)
    if match:
        numbers = [int(group) for group in match.groups() if group]
        value = safe_date(*numbers)
        if value:
            return value, None
    named = _URL_MONTH_NAME.search(path)  # /2020/jan/20/
    if named and PAGE_MONTHS.get(named.group(2).lower()):
        value = safe_date(int(named.group(1)), PAGE_MONTHS[named.group(2).lower()], int(named.group(3)))
        if value:
            return value, None
    partial = _URL_MONTH.search(path)
    return None, safe_date(int(partial.group(1)), int(partial.group(2)), 1) if partial else None


@lru_cache(maxsize=2)
def lowered(markup: str) -> str:
    """The page in lower case, made once for the several searches that need it."""
    return markup.lower()


def copyright_year(text: str) -> int | None:
    """The latest year of a copyright notice in the text."""
    text = lowered(text)
    comments = _comments(text)
    years = []
    for marker in _COPYRIGHT_MARKERS:  # found by plain search: a scan with the pattern is much slower
        start = text.find(marker)
        while start >= 0:
            match = _COPYRIGHT.match(text, start)
            if match and not comments.holds(start):
                years.append(int(match.group(1)))
            start = text.find(marker, start + len(marker))
    return max(years) if years else None


def _comments(markup: str) -> Ranges:
    """Where the markup's comments are (a software's notice there is not the page's copyright)."""
    found = []
    start = markup.find("<!--")
    while start >= 0:
        end = markup.find("-->", start + 4)
        end = len(markup) if end < 0 else end + 3
        found.append((start, end))
        start = markup.find("<!--", end)
    return Ranges(found)


def valid(value: dt.date | None, ceiling: dt.date, *, explicit: bool) -> bool:
    """Not after the page's latest evidence, not before 1995 unless metadata says so."""
    if value is None or value > ceiling or value == dt.date(1970, 1, 1):
        return False
    return value.year >= (_MIN_YEAR if explicit else _MIN_TEXT_YEAR)


_PAGE_PATTERNS = (
    lazy_compile(r"/((?:19|20)\d\d)/([01]\d)/([0-3]\d)(?:[/_-]|\.(?!\d))"),
    lazy_compile(r"(?<![\d/.-])((?:19|20)\d\d)[.-]([01]\d)[.-]([0-3]\d)(?![\d])"),
    lazy_compile(r"(?<![\d/.-])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)(?![\d])"),
    # the month folder of an uploaded image or document, as in "/uploads/2017/08/photo.jpg"
    lazy_compile(r"/((?:19|20)\d\d)[/-]([01]\d)/()[^\s\"'<>/]{1,200}\.(?:jpe?g|png|gif|webp|pdf)\b", re.I),
)


def page_wide_date(markup: str, ceiling: dt.date) -> dt.date | None:
    """The last resort but one: date patterns anywhere in the page's markup (see `copyright_date` for the last)."""
    copyright = copyright_year(markup)
    floor = dt.date(max(copyright or _MIN_TEXT_YEAR, _MIN_TEXT_YEAR), 1, 1)
    for number, pattern in enumerate(_PAGE_PATTERNS):
        counts: dict[dt.date, int] = {}
        for match in pattern.finditer(markup):
            groups = [int(g or 1) for g in match.groups()]
            value = safe_date(*(groups[::-1] if number == 2 else groups))
            if value and floor <= value <= ceiling:
                counts[value] = counts.get(value, 0) + 1
        if counts:
            return _oldest_frequent(counts)
    return None


def copyright_date(markup: str, ceiling: dt.date) -> dt.date | None:
    """1 January of the page's copyright year: what is left when the page dates itself nowhere else."""
    copyright = copyright_year(markup)
    return dt.date(copyright, 1, 1) if copyright and _MIN_TEXT_YEAR <= copyright <= ceiling.year else None


def _oldest_frequent(counts: dict[dt.date, int]) -> dt.date:
    """Among the ten most frequent dates, the oldest, unless the next one is more than ten times as
    frequent within the same year (the oldest is then a stray mention)."""
    frequent = sorted(sorted(counts, key=counts.__getitem__, reverse=True)[:10])
    if len(frequent) > 1 and frequent[0].year == frequent[1].year and counts[frequent[1]] > 10 * counts[frequent[0]]:
        return frequent[1]
    return frequent[0]


_DIGIT = lazy_compile(r"\d")
_CVS_DATE = "$date"  # the date stamp of a file kept under CVS or RCS ("$Date: 2016/11/18 $")


@dataclass(frozen=True)
class _UpdateLabels:
    words: tuple[str, ...]  # every language's labels and the CVS stamp, lower case, searched for plainly
    label: re.Pattern[str]  # a label, then up to four tags, where its date begins
    cue: re.Pattern[str]  # a label at most two words before the end of a text


@cache
def _update_labels() -> _UpdateLabels:
    """The words of every supported language that put a date as the page's last update."""
    words = {w.lower() for code in supported_languages() for w in get_language(code).update_labels}
    spelled = alternation(words).replace(" ", r"\s+")
    return _UpdateLabels(
        words=(*sorted(words), _CVS_DATE),
        label=kept_patterns.compile(rf"(?:{spelled}|\$date)\b\s*:?\s*(?:<[^>]{{0,200}}>\s*){{0,4}}"),
        cue=kept_patterns.compile(rf"(?<!\w)(?:{spelled})\W{{0,3}}(?:\w+\W{{1,3}}){{0,2}}$", re.I),
    )


def updated_dates(markup: str, month_first: bool = False) -> list[dt.date]:
    """Dates the page gives as its last update ("Updated: …", "Stand: …"): evidence of its age."""
    lower = lowered(markup)
    labels = _update_labels()
    found: dict[int, dt.date] = {}
    for word in labels.words:
        start = lower.find(word)
        while start >= 0:
            before = lower[start - 1 : start]
            match = None if before.isalnum() or before == "-" else labels.label.match(lower, start)
            if match and start not in found and _DIGIT.search(markup, match.end(), match.end() + 12):
                dates = dates_in_text(markup[match.end() : match.end() + 40], month_first)
                if dates and dates[0][1] == 0:
                    found[start] = dates[0][0]
            start = lower.find(word, start + len(word))
    return list(found.values())
