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
from dataclasses import dataclass
from functools import cache

from briefparse.document import Document, Segment
from briefparse.extract.cues import first_event
from briefparse.lang.base import Language, alternation
from briefparse.models import DateEvidence

_MIN_YEAR, _MAX_YEAR = 1000, 2100
_GRACE_DAYS = 7
_PUBLICATION_CUE = re.compile(
    r"(?:publié|mis à jour|posted|published|updated|veröffentlicht|publicado|опубликовано)\b[^\n]{0,12}$", re.I
)
_STANDALONE_SLACK = 32
_RECENT_DAYS = 20
_FAR_FROM_PUBLICATION, _FAR_FROM_REFERENCE = 4, 2


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


@dataclass(frozen=True)
class DatePatterns:
    absolute: re.Pattern[str]
    numeric: re.Pattern[str]
    relative: re.Pattern[str]
    weekday: re.Pattern[str]


@cache
def _patterns(language: Language) -> DatePatterns:
    month = alternation(language.months)
    weekday = alternation(language.weekdays)
    suffix = alternation(language.day_suffixes)
    day = rf"(?P<{{}}>[0-3]?\d)(?:{suffix})?\.?"
    year = r"(?P<{}>(?:1[0-9]|20)\d\d)"
    joiner = rf"(?:(?:{alternation(language.date_connectors)})\s+)?"
    range_start = rf"(?:(?P<d0>[0-3]?\d)(?:{suffix})?\.?\s*(?:{alternation(language.range_words)})\s*)?"
    day_first = (
        rf"{range_start}{day.format('d1')}\s*{joiner}(?P<m1>{month})\.?(?!\w)(?:,?\s*{joiner}"
        rf"{year.format('y1')}(?!\d))?"
    )
    month_first = rf"(?P<m2>{month})\.?\s+{day.format('d2')}(?!\d)(?:(?:,|\s)\s*{year.format('y2')}(?!\d))?"
    weekday_prefix = rf"(?:(?P<wd>{weekday})\s*,?\s*(?:(?:{alternation(language.determiners)})\s+)?)?"
    absolute = rf"(?<!\w){weekday_prefix}(?:{day_first}|{month_first})"
    numeric = (
        r"(?<![\d./-])(?:(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)|"
        r"(?P<a>[0-3]?\d)[./](?P<b>[01]?\d)[./](?P<c>(?:19|20)?\d\d))(?![\d]|[./]\d)"
    )
    relative = rf"(?<!\w)(?P<rel>{alternation(language.relative_days)})(?!\w)".replace("'", "['’]")
    past = alternation(language.past_markers)
    weekday_alone = rf"(?<!\w)(?:(?:{past})\s+)?(?P<wd>{weekday})(?!\w)(?:\s+(?P<past>{past}))?"
    return DatePatterns(
        absolute=re.compile(absolute, re.I),
        numeric=re.compile(numeric),
        relative=re.compile(relative, re.I),
        weekday=re.compile(weekday_alone, re.I),
    )


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if _MIN_YEAR <= year <= _MAX_YEAR else None
    except ValueError:
        return None


def _year_for(month: int, day: int, weekday: int | None, anchor: dt.date) -> tuple[dt.date | None, str]:
    """The year a date without one most likely has, given the anchor date and maybe a weekday."""
    limit = anchor + dt.timedelta(days=_GRACE_DAYS)
    if weekday is not None:
        for year in range(limit.year, limit.year - 40, -1):
            value = _safe_date(year, month, day)
            if value and value <= limit and value.weekday() == weekday:
                return value, "weekday"
    value = _safe_date(anchor.year, month, day)
    if value and value > limit:
        value = _safe_date(anchor.year - 1, month, day)
    return value, "reference"


def _last_weekday(weekday: int, anchor: dt.date) -> dt.date:
    """The latest day with that weekday on or before the anchor."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _explicit_dates(doc: Document, language: Language, anchor: dt.date) -> list[tuple[int, int, dt.date, str, bool]]:
    """(start, end, value, basis, year_inferred) for every written date."""
    patterns = _patterns(language)
    found: list[tuple[int, int, dt.date, str, bool]] = []
    for match in patterns.absolute.finditer(doc.text):
        groups = match.groupdict()
        day, month_name, year = (
            (groups["d0"] or groups["d1"], groups["m1"], groups["y1"])
            if groups["d1"]
            else (groups["d2"], groups["m2"], groups["y2"])
        )
        month = language.months.get(month_name.lower().rstrip("."))
        if not month:
            continue
        weekday = language.weekdays.get((groups["wd"] or "").lower())
        if year:
            value = _safe_date(int(year), month, int(day))
            basis, inferred = "explicit", False
        else:
            value, basis = _year_for(month, int(day), weekday, anchor)
            inferred = True
        if value:
            found.append((match.start(), match.end(), value, basis, inferred))
    for match in patterns.numeric.finditer(doc.text):
        if match.group("iy"):
            value = _safe_date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        else:
            a, b, c = int(match.group("a")), int(match.group("b")), int(match.group("c"))
            year = c + 2000 if c < 100 else c
            day, month = (b, a) if language.numeric_date_order == "mdy" and b <= 31 and a <= 12 else (a, b)
            value = _safe_date(year, month, day)
        if value:
            found.append((match.start(), match.end(), value, "explicit", False))
    return found


def _relative_dates(doc: Document, language: Language, anchor: dt.date) -> list[tuple[int, int, dt.date, str, bool]]:
    """Dates written as words relative to the anchor: "hier", "on Monday", "ce jeudi"."""
    patterns = _patterns(language)
    relative = {k.replace("’", "'").lower(): v for k, v in language.relative_days.items()}
    found = []
    for match in patterns.relative.finditer(doc.text):
        key = " ".join(match.group("rel").lower().replace("’", "'").split())
        if key in relative:
            found.append((match.start(), match.end(), anchor + dt.timedelta(days=relative[key]), "relative", True))
    for match in patterns.weekday.finditer(doc.text):
        weekday = language.weekdays.get(match.group("wd").lower())
        if weekday is not None:
            found.append((match.start(), match.end(), _last_weekday(weekday, anchor), "relative", True))
    return found


def _sentence_index(sentences: list[Segment], offset: int) -> int:
    for index, sentence in enumerate(sentences):
        if sentence.start <= offset < sentence.end:
            return index
    return len(sentences)


def _is_publication(doc: Document, start: int, end: int) -> bool:
    """A dateline, a line that holds little but the date, or a date after a publication cue."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line_end = len(doc.text) if line_end < 0 else line_end
    before, after = doc.text[line_start:start], doc.text[end:line_end]
    if _PUBLICATION_CUE.search(before):
        return True
    if len(before) + len(after) <= _STANDALONE_SLACK and not after.rstrip().endswith("."):
        return True
    return bool(
        re.match(r"^[\w .'’-]{2,40},?\s*(?:\(|le\s)?$", before)
        and re.match(r"^\s*(?:\)|/|\(|,?\s*\d{4}\s*\(|[-–—])", after)
    )


def date_candidates(doc: Document, anchor: dt.date) -> list[DateCandidate]:
    """Every date in the text, explicit dates first; relative words resolved against the anchor."""
    if doc.language is None:
        return []
    sentences = doc.sentences
    explicit = _explicit_dates(doc, doc.language, anchor)
    covered = [(s, e) for s, e, *_ in explicit]
    relative = [r for r in _relative_dates(doc, doc.language, anchor) if not any(s <= r[0] < e for s, e in covered)]
    out = []
    for start, end, value, basis, inferred in sorted(explicit + relative, key=lambda c: c[0]):
        out.append(
            DateCandidate(
                value,
                start,
                end,
                basis,
                inferred,
                _sentence_index(sentences, start),
                basis != "relative" and _is_publication(doc, start, end),
            )
        )
    return out


def _anchor(doc: Document, reference: dt.date | None, today: dt.date) -> dt.date:
    """The date relative words refer to: the text's own publication date, else the reference date."""
    base = reference or today
    first_pass = date_candidates(doc, base)
    published = next((c for c in first_pass if c.is_publication and not c.year_inferred), None)
    if published:
        return published.value
    if reference:
        return reference
    published = next((c for c in first_pass if c.is_publication), None)
    if published:
        return published.value
    dated = next((c for c in first_pass if c.basis == "explicit"), None)
    return dated.value if dated else today


def extract_dates(
    doc: Document, reference: dt.date | None, today: dt.date | None = None
) -> tuple[DateCandidate | None, DateCandidate | None]:
    """(event date, publication date) of the brief."""
    if doc.language is None:
        return None, None
    anchor = _anchor(doc, reference, today or dt.date.today())
    candidates = date_candidates(doc, anchor)
    if not candidates:
        return None, None
    published = next((c for c in candidates if c.is_publication), None)
    event_sentences = _event_sentences(doc)
    limit = published.value if published else reference
    penalty = _FAR_FROM_PUBLICATION if published else _FAR_FROM_REFERENCE

    def score(c: DateCandidate) -> float:
        points = -0.3 * c.sentence
        points += 3 if c.sentence in event_sentences else 0
        points += 1 if c.sentence <= 1 else 0
        points -= 2 if c.is_publication else 0
        if limit and not (-_RECENT_DAYS <= (c.value - limit).days <= 1):
            points -= penalty
        return points

    event = max(candidates, key=lambda c: (score(c), -c.start))
    return event, published


def _event_sentences(doc: Document) -> set[int]:
    return {i for i, s in enumerate(doc.sentences) if first_event(doc, s.start, s.end)}


def date_evidence(doc: Document, candidate: DateCandidate) -> DateEvidence:
    """The evidence record of a chosen date."""
    return DateEvidence(
        span=doc.span(candidate.start, candidate.end), basis=candidate.basis, year_inferred=candidate.year_inferred
    )
