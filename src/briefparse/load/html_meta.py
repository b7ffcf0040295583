"""What a web page says about itself: title, authors, site name, canonical URL, language, dates.

Order of trust, field by field (the first source that gives a usable value wins):

- title: JSON-LD `headline` of an article, `og:title`, `twitter:title`, Dublin Core title, the
  page's `<h1>`, then `<title>` without its site-name part;
- authors: JSON-LD `author` of an article, the `author` / `article:author` / `byl` /
  `dc.creator` / `parsely-author` / `sailthru.author` meta tags, elements marked
  `itemprop="author"` or `rel="author"`, then a byline element near the headline; every name is
  cleaned by `load/html_authors.py`;
- site_name: the article's JSON-LD publisher (unless it is the platform the `generator` tag names,
  such as Blogger), `og:site_name`, a JSON-LD WebSite's name, `application-name` and the like, then
  the canonical URL's host;
- url: `<link rel="canonical">`, then `og:url`, then a JSON-LD `url` / `mainEntityOfPage`;
- language: `<html lang>`, `content-language`, `og:locale`, JSON-LD `inLanguage`;
- published: see `load/html_published.py`.
"""

from __future__ import annotations

import json
import re

from briefparse.lazy_regex import lazy_compile
from briefparse.load.html_authors import page_authors
from briefparse.load.html_published import CopyrightYear, page_dates
from briefparse.load.page import PageMetadata, PageSignals, clean, element_text, host_of, types_of

_TITLE_SEPARATORS = lazy_compile(r"\s+[|–—·•:»-]\s+|\s+[|–—·•»]\s*|\s*[|–—·•»]\s+")
_ARTICLE_TYPES = lazy_compile(r"(?:Article|Posting|Report|NewsArticle|BlogPosting|Review)$")
_SITE_SUFFIX = lazy_compile(r"\s+(?:[|–—»·•]|--)\s+([^|–—»·•]+?)\s*$")
_REFRESH = lazy_compile(r"url\s*=\s*['\"]?(https?://[^'\"\s]+)", re.I)
_LOCATION = lazy_compile(
    r"location(?:\.href)?\s*=\s*[\"'](https?://[^\"']+)[\"']|location\.replace\(\s*[\"'](https?://[^\"']+)"
)


def page_metadata(root, markup: str = "") -> PageMetadata:
    """The metadata of a parsed page."""
    signals = PageSignals(tags=_meta_tags(root), json_ld=_json_ld(root))
    signals.articles = [item for item in signals.json_ld if _is_article(item)]
    meta = PageMetadata()
    meta.url = _url(root, signals)
    meta.language = _language(root, signals)
    meta.title = _title(root, signals)
    signals.headline = _headline_element(root, meta.title)
    meta.site_name = _site_name(root, signals, meta.url)
    meta.title = _without_site(meta.title, meta.site_name, meta.url)
    meta.authors = page_authors(root, signals, meta.site_name)
    published, modified = page_dates(root, signals, meta.url, meta.language, markup)
    meta.published = published.isoformat() if published else None
    meta.published_is_copyright = isinstance(published, CopyrightYear)
    meta.modified = modified.isoformat() if modified else None
    return meta


def _meta_tags(root) -> dict[str, str]:
    tags: dict[str, str] = {}
    for element in root.iter("meta"):
        value = element.get("content")
        if value is None or not value.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = element.get(attribute)
            if key:
                tags.setdefault(key.strip().lower(), value.strip())
    return tags


def _json_ld(root) -> list[dict]:
    items: list[dict] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            try:
                data = json.loads(script.text.strip().rstrip(";").replace("\n", " "), strict=False)
            except ValueError:
                continue
        _walk(data, items, 0)
    return items


def _walk(data, items: list[dict], depth: int) -> None:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            _walk(item, items, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            items.append(data)
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                _walk(data[key], items, depth + 1)


def _is_article(item: dict) -> bool:
    return any(_ARTICLE_TYPES.search(kind) for kind in types_of(item))


def _url(root, signals: PageSignals) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and (link.get("href") or "").startswith("http"):
            return link.get("href").strip()
    if signals.tags.get("og:url", "").startswith("http"):
        return signals.tags["og:url"]
    for item in signals.articles:
        for key in ("url", "mainEntityOfPage"):
            value = item.get(key)
            value = value.get("@id") if isinstance(value, dict) else value
            if isinstance(value, str) and value.startswith("http"):
                return value
    return _redirect(root, signals)


def _redirect(root, signals: PageSignals) -> str | None:
    """Where a redirecting page (meta refresh, a script setting `location`) sends the reader."""
    refresh = _REFRESH.search(signals.tags.get("refresh", ""))
    if refresh:
        return refresh.group(1)
    for script in root.iter("script"):
        if script.text and "location" in script.text:
            match = _LOCATION.search(script.text)
            if match:
                return match.group(1) or match.group(2)
    return None


def _language(root, signals: PageSignals) -> str | None:
    candidates = [
        root.get("lang"),
        root.get("xml:lang"),
        signals.tags.get("content-language"),
        signals.tags.get("og:locale"),
        signals.tags.get("dc.language"),
    ]
    candidates += [item.get("inLanguage") for item in signals.articles]
    for value in candidates:
        if isinstance(value, str) and re.match(r"^[a-zA-Z]{2,3}(?:[-_]|$)", value.strip()):
            return value.strip()[:2].lower()
    return None


def _title(root, signals: PageSignals) -> str | None:
    tags = signals.tags
    candidates = [tags.get("og:title"), tags.get("twitter:title")]
    candidates += [item.get("headline") or item.get("name") for item in signals.articles]
    candidates += [tags.get(key) for key in ("dc.title", "dcterms.title", "title", "headline")]
    for value in candidates:
        if clean(value):
            return clean(value)
    heading = next((h for h in root.iter("h1") if element_text(h)), None)
    if heading is not None:
        return element_text(heading)
    title = root.find(".//title")
    if title is not None and element_text(title):
        parts = _TITLE_SEPARATORS.split(element_text(title))
        return max(parts, key=len) if len(parts) > 1 else parts[0]
    return None


def _without_site(title: str | None, site_name: str | None, url: str | None) -> str | None:
    """The title without a trailing " | Site" (or " -- Site", " – Site") naming the site."""
    if not title:
        return title
    names = {_folded(site_name), _folded(host_of(url))} - {""}
    match = _SITE_SUFFIX.search(title)
    while match and _folded(match.group(1)) in names and match.start() > 0:
        title = title[: match.start()].rstrip()
        match = _SITE_SUFFIX.search(title)
    return title


def _folded(value: str | None) -> str:
    return re.sub(r"\W+", "", (value or "").casefold())


def _headline_element(root, title: str | None):
    headings = [h for h in root.iter("h1", "h2") if element_text(h)]
    if title:
        folded = title.casefold()
        for heading in headings:
            text = element_text(heading).casefold()
            if text and (text in folded or folded in text):
                return heading
    return next((h for h in headings if h.tag == "h1"), None)


def _site_name(root, signals: PageSignals, url: str | None) -> str | None:
    tags = signals.tags
    platform = _folded((tags.get("generator") or "").split(" ")[0])  # "Blogger", "WordPress": not the publisher
    for item in signals.articles:
        publisher = item.get("publisher")
        publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
        name = clean(publisher.get("name")) if isinstance(publisher, dict) else None
        if name and _folded(name) != platform:
            return name
    if clean(tags.get("og:site_name")):
        return clean(tags["og:site_name"])
    for item in signals.json_ld:
        if "WebSite" in types_of(item) and clean(item.get("name")):
            return clean(item["name"])
    for key in ("application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher"):
        if clean(tags.get(key)):
            return clean(tags[key])
    return host_of(url)
