"""The ORIGINAL publication date of a web page (and its last modification), in the order of trust
documented in `load/html_dates.py`."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from briefparse.lazy_regex import lazy_compile
from briefparse.load.html_dates import (
    copyright_date,
    copyright_year,
    dates_in_text,
    not_updated,
    page_wide_date,
    parse_value,
    updated_dates,
    url_date,
    valid,
)
from briefparse.load.page import types_of

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published", "og:published_time",
    "article:published_date", "article:publicationdate", "article:post_date", "datepublished", "og:datepublished",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date.publication", "dc.date",
    "dcterms.date", "dc:date", "dc.created", "dc:created", "citation_publication_date", "citation_date", "date",
    "pubdate", "og:pubdate", "publishdate", "publish-date", "publish_date", "published-date", "published_date",
    "published_time", "publisheddate", "publication_date", "publish_time", "sailthru.date", "parsely-pub-date",
    "originalpublicationdate", "article.published", "article.created", "article_date_original",
    "cxenseparse:recs:publishtime", "rnews:datepublished", "datecreated", "date_created", "date_published",
    "dateposted", "displaydate", "release_date", "shareaholic:article_published_time", "bt:pubdate", "rbpubdate",
    "created", "doc_date", "pdate", "ptime", "dcsext.articlefirstpublished", "content_create_date",
)  # fmt: skip
MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time", "og:modified_time",
    "datemodified", "dcterms.modified", "dc.date.modified", "dc.modified", "last-modified", "lastmod",
    "lastmodified", "modified", "modified_time", "updated_time", "article:modified_date", "revision_date", "utime",
    "bt:moddate", "dateupdate",
)  # fmt: skip
_DATE_CUE = lazy_compile(
    r"date|datum|time|publi|posted|byline|dateline|meta|fecha|parution|submitted|created|info|subline|zeit|"
    r"author|autor"
)
_SKIP_REGION = lazy_compile(
    r"comment|related|sidebar|footer|\bnav|menu|teaser|recommend|popular|trending|more-|"
    r"breadcrumb|newsletter|cookie|share|social|archive|calendar|reply|respon|disqus|aside|forum"
)
_SKIP_TAGS = frozenset({"nav", "footer", "aside", "form", "select", "option", "script", "style", "noscript"})
_KEEP_TOKEN = lazy_compile(r"^(?:post|entry|article|story)[-_]|byline|author|date")
_MODIFIED_CUE = lazy_compile(r"modif|updat|aktualis|lastmod|edited", re.I)
_NOT_PAGES = frozenset({"WebSite", "Organization", "Person", "Product", "Event", "Offer"})
_MAX_ELEMENT_TEXT = 400
_MAX_KICKER = 80
_NEAR_BEFORE, _NEAR_AFTER = 12, 40
_DATELINE_CHARS = 300
_LOOSE_META = lazy_compile(r"publi|upload|creat|issued|posted|release", re.I)
_NOT_DATE_META = lazy_compile(r"publisher|creator|expir|valid|birth|event|start|end|author", re.I)
_FOLLOWING_CHARS = 4000


@dataclass
class _Walk:
    """What one pass over the elements found, in document order."""

    headline: int | None = None
    marked: list = field(default_factory=list)
    times: list = field(default_factory=list)
    cued: list = field(default_factory=list)
    order: dict = field(default_factory=dict)
    main: set = field(default_factory=set)
    kicker: str = ""  # a short line just above the headline, where a date often stands


class CopyrightYear(dt.date):
    """1 January of a page's copyright year, when nothing else dates the page: a guess that a date the
    text states overrides."""

    @classmethod
    def of(cls, value: dt.date | None) -> CopyrightYear | None:
        return cls(value.year, value.month, value.day) if value else None


def page_dates(
    root, signals, url: str | None, language: str | None, markup: str = ""
) -> tuple[dt.date | None, dt.date | None]:
    """(original publication date, last modification date) of the page."""
    today = dt.date.today() + dt.timedelta(days=1)
    month_first = (language or "") == "en"
    tags = signals.tags
    objects = signals.articles + [o for o in signals.json_ld if o not in signals.articles]
    modified = [_first_date([tags.get(key) for key in MODIFIED_META], month_first, today)]
    modified.append(_first_date([o.get("dateModified") for o in objects], month_first, today))
    latest = max((d for d in modified if d), default=None)
    article_values = [o.get("datePublished") or o.get("dateCreated") for o in signals.articles]
    others = [o for o in objects if o not in signals.articles and not _NOT_PAGES.intersection(types_of(o))]
    other_values = [o.get("datePublished") or o.get("uploadDate") for o in others]
    meta_values = [tags.get(key) for key in PUBLISHED_META] + [_parsely_page(tags.get("parsely-page"))]
    explicit = _first_date(article_values + meta_values + other_values, month_first, today)
    from_url, _ = url_date(url)
    if explicit:
        # a page whose address is dated before its stated publication was first published then
        return (from_url if from_url and valid(from_url, explicit, explicit=False) else explicit), latest
    walk = _walk(root, signals.headline)
    near_marked = [e for e in _nearest(walk.marked, walk) if walk.headline is None or _is_near(e, walk)]
    marked = _first_date([_value_of(e) for e in near_marked], month_first, today)
    if marked:
        return marked, latest
    stated = updated_dates(markup, month_first)  # "Updated: …", "Stand: …" written on the page
    latest = max([d for d in [latest, *stated] if d and d <= today], default=None)
    ceiling = min(latest or today, today)
    for value in _candidates(root, walk, url, month_first, tags, markup):
        if valid(value, ceiling, explicit=False):
            return value, latest
    return page_wide_date(markup, ceiling) or CopyrightYear.of(copyright_date(markup, ceiling)), latest


def _candidates(root, walk: _Walk, url: str | None, month_first: bool, tags: dict, markup: str):
    """Dates from the less trusted sources, in order of trust."""
    times = _nearest(walk.times, walk)
    cued = _nearest(walk.cued, walk)
    near_times = [e for e in times if _is_near(e, walk)]
    near_cued = [e for e in cued if _is_near(e, walk)]
    yield from _time_dates(near_times, month_first)
    if walk.headline is None:
        yield min((d for d in _time_dates(times, month_first) if d), default=None)
    full, partial = url_date(url)
    if full:
        yield full
    yield from _cued_dates(near_cued, month_first)
    yield from _time_dates([e for e in times if e not in near_times], month_first)
    yield from _cued_dates([e for e in cued if e not in near_cued], month_first)
    yield _loose_meta(tags, month_first)
    copyright = copyright_year(markup) or 0
    text = _following_text(root, walk)
    for value, offset in dates_in_text(text, month_first):
        # a date right under the headline is its dateline; farther down, one older than the page's
        # copyright year is about something else
        if not_updated(text, offset) and (offset < _DATELINE_CHARS or value.year >= copyright):
            yield value
            break
    for key in ("og:image", "twitter:image", "og:image:url", "og:image:secure_url"):
        yield url_date(tags.get(key))[0]
    if partial:
        yield partial


def _time_dates(elements: list, month_first: bool):
    for element in elements:
        if not _MODIFIED_CUE.search(_attributes(element)):
            value = parse_value(element.get("datetime") or element.get("title"), month_first)
            written = dates_in_text(_text(element), month_first)
            if written and (value is None or written[0][0] < value):
                value = written[0][0]  # the visible date, when it is older than the machine-readable one
            yield value or _epoch(element.get("data-utime"))


def _cued_dates(elements: list, month_first: bool):
    for element in elements:
        text = " ".join((_text(element), element.get("title") or "", element.get("datetime") or ""))
        for value, offset in dates_in_text(text, month_first):
            if not_updated(text, offset):
                yield value


def _epoch(value: str | None) -> dt.date | None:
    return parse_value(value) if value and value.isdigit() and len(value) == 10 else None


def _loose_meta(tags: dict, month_first: bool) -> dt.date | None:
    """A date in any other meta tag whose name says published, uploaded, created or issued."""
    for key, value in tags.items():
        if _LOOSE_META.search(key) and not _MODIFIED_CUE.search(key) and not _NOT_DATE_META.search(key):
            parsed = parse_value(value, month_first)
            if parsed:
                return parsed
    return None


def _is_near(element, walk: _Walk) -> bool:
    if walk.headline is None:
        return False
    distance = walk.order[element] - walk.headline
    return -_NEAR_BEFORE <= distance <= _NEAR_AFTER


def _first_date(values, month_first: bool, ceiling: dt.date) -> dt.date | None:
    for value in values:
        if isinstance(value, list) and value:
            value = value[0]
        parsed = parse_value(value, month_first) if isinstance(value, str) else None
        if valid(parsed, ceiling, explicit=True):
            return parsed
    return None


def _parsely_page(value: str | None) -> str | None:
    if not value:
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return data.get("pub_date") if isinstance(data, dict) else None


def _attributes(element) -> str:
    return " ".join((element.get("class") or "", element.get("id") or "", element.get("itemprop") or ""))


def _walk(root, headline) -> _Walk:
    walk = _Walk()
    if headline is not None:
        walk.main = set(headline.iterancestors())
        above = headline.getprevious()
        if above is not None and isinstance(above.tag, str):
            walk.kicker = _text(above)[:_MAX_KICKER]
    for index, element in enumerate(root.iter()):
        if element is headline:
            walk.headline = index
        tag = element.tag
        classes, identifier, itemprop = element.get("class"), element.get("id"), element.get("itemprop")
        if classes is None and identifier is None and itemprop is None and tag not in ("time", "abbr"):
            continue
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            continue
        itemprop = (itemprop or "").lower()
        if (
            itemprop in ("datepublished", "datecreated")
            or (tag == "time" and element.get("pubdate") is not None)
            or (tag == "abbr" and "published" in (classes or ""))
        ):
            walk.marked.append(element)
            walk.order[element] = index
        if tag == "time" or (tag == "abbr" and (element.get("data-utime") or _has_date(element.get("title")))):
            walk.times.append(element)
            walk.order[element] = index
        elif _DATE_CUE.search(f"{classes} {identifier} {itemprop}".lower()):
            walk.cued.append(element)
            walk.order[element] = index
    return walk


def _has_date(value: str | None) -> bool:
    return bool(value) and any(c.isdigit() for c in value) and parse_value(value) is not None


def _value_of(element) -> str | None:
    return element.get("datetime") or element.get("content") or element.get("title") or _text(element)


def _text(element) -> str:
    return " ".join("".join(element.itertext())[: _MAX_ELEMENT_TEXT * 2].split())[:_MAX_ELEMENT_TEXT]


def _nearest(elements: list, walk: _Walk) -> list:
    """Elements outside navigation, comments and related lists, the nearest to the headline first."""
    kept = [e for e in elements if not in_skipped_region(e, walk.main)]
    if walk.headline is None:
        return kept
    head = walk.headline

    def distance(element) -> float:
        index = walk.order[element]
        return index - head if index >= head else (head - index) * 1.5 + 5

    return sorted(kept, key=distance)


def _skip_token(token: str) -> bool:
    token = token.lower()
    return bool(_SKIP_REGION.search(token)) and not _KEEP_TOKEN.search(token)


def in_skipped_region(element, main: set) -> bool:
    """True when the element sits in navigation, comments, related lists or the like (below `main`)."""
    if element.tag in _SKIP_TAGS:
        return True
    node = element.getparent()
    while node is not None and node not in main:
        if node.tag in _SKIP_TAGS or _is_site_header(node):
            return True
        attributes = (node.get("class") or "") + " " + (node.get("id") or "")
        if attributes.strip() and any(_skip_token(token) for token in attributes.split()):
            return True
        node = node.getparent()
    return False


def _is_site_header(node) -> bool:
    """The page's own banner: a <header> outside any article, where a widget shows the day the page was saved."""
    return node.tag == "header" and not any(a.tag in ("article", "main") for a in node.iterancestors())


def _following_text(root, walk: _Walk) -> str:
    """The text after the headline (or from the start of the body), a few thousand characters."""
    parts: list[str] = [walk.kicker] if walk.kicker else []
    size = 0
    started = walk.headline is None
    for index, element in enumerate(root.iter()):
        if not started:
            started = index == walk.headline
            if not started:
                continue
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
            continue
        for piece in (element.text, element.tail):
            if piece and piece.strip():
                parts.append(piece.strip())
                size += len(piece)
        if size > _FOLLOWING_CHARS:
            break
    return " ".join(parts)
