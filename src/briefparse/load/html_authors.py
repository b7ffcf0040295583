"""Authors of a web page: person names from metadata and bylines, cleaned.

Sources, most trusted first (the first one that yields a name wins): the JSON-LD `author` of an
article (persons before organisations), the author meta tags (`AUTHOR_META`), elements marked
`itemprop="author"` or `rel="author"`, then a byline element near the headline.

Cleaning drops "By"/"Von"/"Par" prefixes, roles ("Staff Writer", "Correspondent"), news
agencies, e-mail addresses, URLs and social handles, and splits "A, B and C" into three names.
"""

from __future__ import annotations

import re

from briefparse.load.html_meta import PageSignals, clean, element_text, types_of

AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "dc:creator",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "authors",
    "article:author_name",
    "cxenseparse:author",
)
_PREFIX = re.compile(
    r"^(?:(?:written|posted|reported|published|text|words|story|photos?)\s+)?(?:by|von|par|por|door|av|af|"
    r"autor(?:in)?|auteur|author|verfasst von|geschrieben von|text|texte|escrito por)\b\s*:?\s*",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:[,;|/•·]|\s(?:and|und|et|y|e|og|och|en|&)\s|&)\s*", re.I)
_AGENCY_WORDS = frozenset(
    [
        "ap",
        "afp",
        "reuters",
        "dpa",
        "apa",
        "kna",
        "epd",
        "sid",
        "ansa",
        "efe",
        "xinhua",
        "tass",
        "interfax",
        "upi",
        "kyodo",
        "aap",
        "belga",
        "anp",
        "afx",
        "ddp",
        "dapd",
        "ats",
        "sda",
        "ntb",
        "ritzau",
        "pap",
        "ctk",
        "čtk",
        "mti",
        "lusa",
        "rtr",
    ]
)
_AGENCIES = _AGENCY_WORDS | {
    "anadolu",
    "yonhap",
    "bloomberg",
    "associated press",
    "agence france-presse",
    "agence france presse",
    "thomson reuters",
    "press association",
    "europa press",
    "keystone-sda",
    "ria novosti",
    "agencies",
    "agenturen",
    "agences",
    "agencias",
    "wires",
    "wire services",
    "news agencies",
    "agency",
}
_ROLE = re.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor|editors|contributor|contributing|columnist|"
    r"redaktion|rédaction|redacción|redazione|redactie|newsroom|admin|administrator|webmaster|"
    r"journalist|photographer|agencies|agenturen|team|desk|bureau|guest|author|autor)\b",
    re.I,
)
_BYLINE_CUE = re.compile(r"byline|author|autor|writer|verfasser|reporter|journalist", re.I)
_BAD = re.compile(r"@|https?:|www\.|\.com\b|\d{3,}|[<>{}=]")
_PARTICLES = frozenset(
    [
        "de",
        "la",
        "le",
        "du",
        "des",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "zu",
        "bin",
        "al",
        "el",
        "y",
        "e",
        "mc",
    ]
)
_MAX_NAME = 60


def page_authors(root, signals: PageSignals, site_name: str | None) -> list[str]:
    """Clean author names of the page, in the order the page gives them."""
    for source in (_json_ld_authors(signals), _meta_authors(root), _marked_authors(root)):
        names = _clean_all(source, strict=False)
        if names:
            return names
    return _clean_all(_byline_authors(root, signals), strict=True)


def _json_ld_authors(signals: PageSignals) -> list[str]:
    people: list[str] = []
    organisations: list[str] = []
    for item in signals.articles:
        for author in _as_list(item.get("author")) or _as_list(item.get("creator")):
            if isinstance(author, str):
                people.append(author)
            elif isinstance(author, dict):
                name = author.get("name")
                name = " ".join(str(n) for n in name) if isinstance(name, list) else name
                if not isinstance(name, str):
                    continue
                kinds = types_of(author)
                (organisations if kinds and "Person" not in kinds else people).append(name)
        if people:
            break
    return people or organisations


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _meta_authors(root) -> list[str]:
    found: dict[str, list[str]] = {}
    for element in root.iter("meta"):
        key = (element.get("name") or element.get("property") or "").strip().lower()
        value = clean(element.get("content"))
        if key in AUTHOR_META and value and not value.startswith(("http", "www.")):
            found.setdefault(key, []).append(value)
    for key in AUTHOR_META:
        if key in found:
            return found[key]
    return []


def _marked_authors(root) -> list[str]:
    names: list[str] = []
    for element in root.xpath("//*[@itemprop='author' or @rel='author']"):
        if element.tag in ("meta", "link"):
            value = element.get("content")
            if value and not value.startswith("http"):
                names.append(value)
            continue
        inner = element.xpath(".//*[@itemprop='name']")
        target = inner[0] if inner else element
        value = target.get("content") or element_text(target)
        if value and len(value) <= _MAX_NAME * 2:
            names.append(value)
    return names


def _byline_authors(root, signals: PageSignals) -> list[str]:
    for element in root.iter("div", "span", "p", "a", "address", "li", "strong", "em"):
        attributes = (element.get("class") or "") + " " + (element.get("id") or "")
        if (
            attributes.strip()
            and _BYLINE_CUE.search(attributes)
            and not re.search(r"comment|bio|box", attributes, re.I)
        ):
            text = element_text(element)
            if 2 < len(text) <= _MAX_NAME * 2:
                return [text]
    return []


def _clean_all(values: list[str], *, strict: bool) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        for name in split_names(value):
            cleaned = clean_name(name, strict=strict)
            if cleaned and cleaned.casefold() not in seen:
                seen.add(cleaned.casefold())
                names.append(cleaned)
    return names


def split_names(value: str) -> list[str]:
    """The names in "By A, B and C" (several names in one string)."""
    value = " ".join(value.split())
    value = _PREFIX.sub("", value)
    return [part for part in _SPLIT.split(value) if part]


def clean_name(name: str, *, strict: bool = True) -> str | None:
    """A person's name without prefixes and roles, or None when it is not one."""
    name = _PREFIX.sub("", name.strip(" \t-–—:()[]'\"."))
    name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip(" -–—:.,")
    if not name or len(name) > _MAX_NAME or _BAD.search(name) or name.startswith("#"):
        return None
    folded = name.casefold()
    if folded in _AGENCIES or _ROLE.search(name):
        return None
    words = name.split()
    if any(w.casefold().strip(".") in _AGENCY_WORDS for w in words) and len(words) <= 2:
        return None
    if strict or len(words) > 1:
        if len(words) > 5 or not words[0][:1].isupper():
            return None
        if not all(w[:1].isupper() or w.casefold() in _PARTICLES or not w[:1].isalpha() for w in words):
            return None
    return name
