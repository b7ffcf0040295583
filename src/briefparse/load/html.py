"""Saved web pages: the page's metadata and its main text, in the order of trust documented below.

Metadata trust order: JSON-LD article objects, then OpenGraph / article:* meta, then other
common meta tags, then `<time datetime>`, then `<title>`/`<h1>`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from briefparse.load.text import normalise

_HTML_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|div|p|title|article)\b", re.I)
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
)
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td", "dd")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class PageMetadata:
    """What a page says about itself."""

    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    url: str | None = None
    language: str | None = None


def looks_like_html(head: bytes | str) -> bool:
    """True when the first kilobytes hold HTML tags."""
    sample = head[:2048] if isinstance(head, bytes) else head[:2048].encode("utf-8", "ignore")
    return bool(_HTML_SNIFF.search(sample))


def html_to_text(markup: str) -> tuple[str, PageMetadata]:
    """Main text (headline first, then body paragraphs) and metadata of an HTML page."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return normalise(re.sub(r"<[^>]+>", " ", markup)), PageMetadata()
    meta = _metadata(root)
    for element in root.xpath("//" + " | //".join(_DROP_TAGS)):
        element.drop_tree()
    blocks: list[str] = []
    for element in root.iter(*_BLOCK_TAGS):
        if element.getparent() is not None and element.getparent().tag in _BLOCK_TAGS:
            continue
        text = " ".join(element.text_content().split())
        if text and (not blocks or blocks[-1] != text):
            blocks.append(text)
    if meta.title and (not blocks or meta.title not in blocks[0]):
        blocks.insert(0, meta.title)
    return normalise("\n\n".join(blocks)), meta


def _metadata(root) -> PageMetadata:
    meta = PageMetadata()
    _from_json_ld(root, meta)
    tags: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        value = (element.get("content") or "").strip()
        if key and value and key not in tags:
            tags[key] = value
    meta.title = meta.title or tags.get("og:title") or tags.get("twitter:title")
    meta.site_name = meta.site_name or tags.get("og:site_name")
    for key in (
        "article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "dc.date",
        "dc.date.issued",
        "sailthru.date",
        "parsely-pub-date",
        "publish-date",
        "og:published_time",
    ):
        if not meta.published and key in tags:
            meta.published = _iso(tags[key])
    if not meta.authors:
        for key in ("author", "article:author", "byl", "dc.creator", "parsely-author"):
            if key in tags and not tags[key].startswith("http"):
                meta.authors = [tags[key].removeprefix("By ").removeprefix("by ").strip()]
                break
    if not meta.published:
        for element in root.iter("time"):
            if element.get("datetime"):
                meta.published = _iso(element.get("datetime"))
                break
    if not meta.title:
        heading = root.find(".//h1")
        title = root.find(".//title")
        chosen = heading if heading is not None else title
        if chosen is not None:
            meta.title = " ".join(chosen.text_content().split()) or None
    canonical = root.xpath("//link[@rel='canonical']/@href")
    meta.url = canonical[0] if canonical else tags.get("og:url")
    meta.language = (root.get("lang") or tags.get("og:locale") or "")[:2].lower() or None
    return meta


def _from_json_ld(root, meta: PageMetadata) -> None:
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except (ValueError, TypeError):
            continue
        for item in _walk_json_ld(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                continue
            meta.title = meta.title or _text(item.get("headline"))
            meta.published = meta.published or _iso(_text(item.get("datePublished")))
            if not meta.authors:
                meta.authors = _names(item.get("author"))
            publisher = item.get("publisher")
            if isinstance(publisher, dict):
                meta.site_name = meta.site_name or _text(publisher.get("name"))


def _walk_json_ld(data):
    if isinstance(data, list):
        for item in data:
            yield from _walk_json_ld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk_json_ld(data["@graph"])


def _names(value) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        value = value.get("name")
    return [value.strip()] if isinstance(value, str) and value.strip() else []


def _text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _iso(value: str | None) -> str | None:
    match = _ISO_DATE.search(value or "")
    return match.group(0) if match else None
