"""Authors of a web page: person names from metadata and bylines, cleaned.

Sources, most trusted first (the first one that yields a name wins):

1. the JSON-LD `author` (or `creator`) persons of an article;
2. the author meta tags (`AUTHOR_META`, by name, property or itemprop);
3. elements marked `itemprop="author"`, `rel="author"` or with a byline/author class, the
   nearest to the headline first, outside comments and related lists;
4. a written byline in a short block: "By …", "Von …", "Par …", "Autor: …", "Text: …";
5. the JSON-LD author organisations, and an author meta tag that only names the site.

Cleaning drops "By"/"Von"/"Par" prefixes, roles ("Staff Writer", "Correspondent"), news
agencies, e-mail addresses, URLs and social handles, and splits "A, B and C" into three names.
"""

from __future__ import annotations

import re
from functools import cache

from briefparse import kept_patterns
from briefparse.lang.bylines import (
    AFTER_NAMES,
    AGENCIES,
    AGENCY_ACRONYMS,
    AND_WORDS,
    BYLINE_CUES,
    NAME_PARTICLES,
    SERIAL_AND_WORDS,
    STAFF_WORDS,
    WRITTEN_AND_WORDS,
    WRITTEN_PARTICLES,
)
from briefparse.lang.letters import UPPER
from briefparse.lazy_regex import lazy_compile
from briefparse.load.html_published import in_skipped_region
from briefparse.load.page import PageSignals, clean, element_text, types_of

AUTHOR_META = (
    "author", "article:author", "og:article:author", "byl", "dc.creator", "dcterms.creator", "dc:creator",
    "parsely-author", "sailthru.author", "citation_author", "authors", "article:author_name", "cxenseparse:author",
)  # fmt: skip
_AND = "|".join(AND_WORDS)
_PREFIX = lazy_compile(rf"^(?:{BYLINE_CUES})\b\s*:?\s*", re.I)
_LEADING_AND = lazy_compile(rf"^(?:{_AND}|&)\s+", re.I)
_BYLINE_TEXT = lazy_compile(rf"^\s*(?:{BYLINE_CUES})\s*:?(?:\s+\S|\s*$)", re.I)
_SPLIT = lazy_compile(rf"\s*(?:[,;|/•·]|\s[-–—]\s|\s(?:{_AND}|&)\s|&)\s*", re.I)
_ROLE = lazy_compile(rf"\b(?:{STAFF_WORDS})\b", re.I)
_BYLINE_CLASS = lazy_compile(r"byline|author|autor|writer|verfasser|reporter|poster|journalist")
_NOT_BYLINE = lazy_compile(r"comment|bio|box|avatar|image|photo|social|share|follow")
# first two letters of the byline cue words, a cheap filter before the regular expression
_CUE_STARTS = frozenset(word[:2] for word in re.split(r"[|()?:\\]+", BYLINE_CUES) if len(word) >= 2)
_BAD = lazy_compile(r"@|https?:|www\.|\.(?:com|de|org|net|at)\b|\d{3,}|[<>{}=]")
_MAX_NAME, _MAX_BYLINE = 60, 160
_PARENTHESIS = lazy_compile(r"\s*\([^()]*\)\s*")
_ACRONYM = lazy_compile(r"^[A-Z]{2,4}$")
# what may follow the names of a byline: its end, a separator, a date, "am"/"on"/"le" and a date
_BYLINE_END = lazy_compile(rf"\s*(?:$|\n|[|,;•·/(\[–—-]|\d|(?:{'|'.join(AFTER_NAMES)})\b)", re.I)
_INLINE = frozenset(["a", "b", "strong", "em", "i", "span", "small", "font", "u"])
_NAME = (
    rf"(?:[{UPPER}][\w'’.-]*(?:[ \t]+(?:(?:{'|'.join(WRITTEN_PARTICLES)})[ \t]+)*"
    rf"[{UPPER}][\w'’.-]*){{0,4}})"
)
_JOINER = rf"\s*,\s*|\s+(?:{'|'.join(WRITTEN_AND_WORDS)}|&)\s+|\s*,\s*(?:{'|'.join(SERIAL_AND_WORDS)})\s+"
_NEAR = 60


def page_authors(root, signals: PageSignals, site_name: str | None) -> list[str]:
    """Clean author names of the page, in the order the page gives them."""
    site = (site_name or "").casefold()
    organisations: list[str] = []
    people, orgs = _json_ld_authors(signals)
    organisations += orgs
    meta = _meta_authors(root)
    organisations += [name for name in meta if _is_site(name, site)]
    # a JSON-LD author not typed as an organisation is a person even when it bears the site's name
    for source, against in ((people, ""), ([name for name in meta if not _is_site(name, site)], site)):
        names = _clean_all(source, strict=False, site=against, dropped=organisations)
        if names:
            return names
    for find, strict in ((_marked_authors, False), (_written_bylines, True)):
        names = _clean_all(find(root, signals), strict=strict, site=site, dropped=organisations)
        if names:
            return names
    return _clean_all(organisations[:1], strict=False, site="")


def _is_site(name: str, site: str) -> bool:
    folded = _PARENTHESIS.sub("", name[: _MAX_NAME * 4]).casefold().strip()
    return bool(site) and (folded == site or folded in site or site in folded)


def _json_ld_authors(signals: PageSignals) -> tuple[list[str], list[str]]:
    people: list[str] = []
    organisations: list[str] = []
    for item in signals.articles:
        for author in _as_list(item.get("author")) or _as_list(item.get("creator")):
            if isinstance(author, str):
                people.append(author)
            elif isinstance(author, dict):
                name = author.get("name")
                name = " ".join(str(n) for n in name) if isinstance(name, list) else name
                if isinstance(name, str):
                    kinds = types_of(author)
                    (organisations if kinds and "Person" not in kinds else people).append(name)
        if people:
            break
    return people, organisations


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _meta_authors(root) -> list[str]:
    found: dict[str, list[str]] = {}
    for element in root.iter("meta"):
        key = (element.get("name") or element.get("property") or element.get("itemprop") or "").strip().lower()
        value = clean(element.get("content"))
        if key in AUTHOR_META and value and not value.startswith(("http", "www.")):
            found.setdefault(key, []).append(value)
    for key in AUTHOR_META:
        if key in found:
            return found[key]
    return []


def _marked_authors(root, signals: PageSignals) -> list[str]:
    main = set(signals.headline.iterancestors()) if signals.headline is not None else set()
    candidates = []
    for element in root.xpath("//body//*[@itemprop='author' or @rel='author' or @class]"):
        marked = element.get("itemprop") == "author" or element.get("rel") == "author"
        attributes = (element.get("class") or "").lower()
        if not marked and (not _BYLINE_CLASS.search(attributes) or _NOT_BYLINE.search(attributes)):
            continue
        if not in_skipped_region(element, main):
            candidates.append(element)
    for element in _by_distance(candidates, signals.headline):
        inner = element.xpath(".//*[@itemprop='name']")
        target = inner[0] if inner else element
        value = target.get("content") or element_text(target)
        if not value or len(value) > _MAX_BYLINE:
            continue
        marked = element.get("itemprop") == "author" or element.get("rel") == "author"
        names = written_names(value) if _BYLINE_TEXT.match(value) or not marked else split_names(value)
        names = [n for n in names if clean_name(n) and (marked or len(n.split()) > 1)]
        if names:
            return names
    return []


def _written_bylines(root, signals: PageSignals) -> list[str]:
    blocks = []
    for node in root.xpath("//body//text()"):
        if len(node) < _MAX_BYLINE and node.lstrip()[:2].lower() in _CUE_STARTS and _BYLINE_TEXT.match(node):
            element = node.getparent()
            while element is not None and element.tag in _INLINE:
                element = element.getparent()
            if element is not None and element.tag not in ("script", "style", "option", "title", "a"):
                blocks.append((element, node.strip()))
    order = _by_distance([element for element, _ in blocks], signals.headline)
    cue_of = {}
    for element, cue in blocks:
        cue_of.setdefault(element, cue)
    for element in order:
        text = _text_with_breaks(element)
        start = text.find(cue_of[element][:20])
        names = written_names(text[max(start, 0) : max(start, 0) + _MAX_BYLINE])
        if names:
            return names
    return []


def _text_with_breaks(element) -> str:
    parts = []
    for node in element.iter():
        if node.tag in ("br", "p", "div", "li") and node is not element:
            parts.append("\n")
        elif node.tag in ("span", "time", "td") and node is not element:
            parts.append(" ")
        if isinstance(node.tag, str) and node.text and node.tag not in ("script", "style"):
            parts.append(node.text)
        if node.tail and node is not element:
            parts.append(node.tail)
    return re.sub(r"[ \t\u00a0]+", " ", "".join(parts)).strip()


@cache
def _written() -> re.Pattern[str]:
    """Names as a byline writes them ("Claudia Lindner, Max Roth und Eva Sommer"), compiled on first use: its
    letter classes make it the page reader's slowest pattern to compile."""
    return kept_patterns.compile(rf"{_NAME}(?:(?:{_JOINER}){_NAME})*")


def written_names(text: str) -> list[str]:
    """The names right after a byline cue: "Von Claudia Lindner | 27.1.2022" gives one name."""
    text = _PREFIX.sub("", text.strip(), count=1) if _BYLINE_TEXT.match(text) else text.strip()
    match = _written().match(text)
    if not match:
        return []
    names = [name for name in _SPLIT.split(match.group(0)) if name]
    ends, cursor = [], 0
    for name in names:
        cursor = text.find(name, cursor) + len(name)
        ends.append(cursor)
    for count in range(len(names), 0, -1):  # the longest run of names that the byline's end follows
        if _BYLINE_END.match(text, ends[count - 1]):
            return [_LEADING_AND.sub("", name) for name in names[:count]]
    return []  # "Von Berlin aus fuhr er": a sentence, not a byline


def _by_distance(elements: list, headline) -> list:
    """Elements in document order, those just after the headline first."""
    if headline is None or len(elements) < 2:
        return elements
    wanted = {*elements, headline}
    positions = {e: i for i, e in enumerate(headline.getroottree().iter()) if e in wanted}  # one walk
    head = positions[headline]

    def distance(element) -> float:
        delta = positions[element] - head
        return delta if 0 <= delta <= _NEAR else abs(delta) * 2 + _NEAR

    return sorted(elements, key=distance)


def _clean_all(values: list[str], *, strict: bool, site: str, dropped: list[str] | None = None) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        for name in split_names(value):
            cleaned = clean_name(name, strict=strict)
            if cleaned and site and _is_site(cleaned, site):
                if dropped is not None:
                    dropped.append(cleaned)
            elif cleaned and cleaned.casefold() not in seen:
                seen.add(cleaned.casefold())
                names.append(cleaned)
    return names


def split_names(value: str) -> list[str]:
    """The names in "By A, B and C" (several names in one string)."""
    value = _PREFIX.sub("", " ".join(value.split()))
    parts = (_LEADING_AND.sub("", part) for part in _SPLIT.split(value))
    return [part for part in parts if part]


def clean_name(name: str, *, strict: bool = True) -> str | None:
    """A person's name without prefixes and roles, or None when it is not one."""
    name = _PREFIX.sub("", name.strip(" \t-–—:()[]'\"."))
    name = re.sub(r"\s*\((?:[^)]*\)|[^)]*$)", " ", name).strip(" -–—:.,")
    if not name or len(name) > _MAX_NAME or _BAD.search(name) or name.startswith("#"):
        return None
    words = name.split()
    if name.casefold() in AGENCIES or _ROLE.search(name):
        return None
    if len(words) <= 2 and any(w.casefold().strip(".") in AGENCY_ACRONYMS for w in words):
        return None
    if len(words) == 1 and name.isupper() and len(name) <= 6:  # an acronym: CNN, NDR, ORF
        return None
    if len(words) > 1 and not name.isupper() and any(_ACRONYM.match(w) for w in words):  # "Leiterin der HSS"
        return None
    if strict or len(words) > 1:
        if len(words) > 5 or not words[0][:1].isupper() or any(c.isdigit() for c in name):
            return None
        if not all(w[:1].isupper() or w.casefold() in NAME_PARTICLES or not w[:1].isalpha() for w in words):
            return None
    return name
