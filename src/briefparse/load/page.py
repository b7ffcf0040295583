"""The page model: what a web page says about itself, the signals it is read from, and small helpers on
lxml elements. Imports nothing else from `load/`, so every page reader can import it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WS = re.compile(r"\s+")
#: elements whose content a browser does not show as text
_UNSHOWN = frozenset({"script", "style", "noscript", "template"})
_HOST = re.compile(r"^\w+://(?:www\d?\.)?([^/:?#]+)", re.I)


@dataclass
class PageMetadata:
    """What a page says about itself."""

    title: str | None = None
    published: str | None = None
    #: True when `published` is only the year of the page's copyright notice: a date the text states wins
    published_is_copyright: bool = False
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    modified: str | None = None


@dataclass
class PageSignals:
    """The raw material every field is chosen from, collected once per page."""

    tags: dict[str, str] = field(default_factory=dict)
    json_ld: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    headline: object | None = None


def clean(value) -> str | None:
    """One-line text, or None when empty."""
    if not isinstance(value, str):
        return None
    text = _WS.sub(" ", value).strip()
    return text or None


def element_text(element) -> str:
    """The text a reader sees in an element, on one line: not a script's, a style's or a comment's."""
    return _WS.sub(" ", _visible_text(element)).strip()


def _visible_text(element) -> str:
    """The text of an element and its children, without the children whose content is not shown (scripts,
    styles, templates, comments), but with the text that follows them."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _UNSHOWN:
            parts.append(_visible_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def types_of(item: dict) -> list[str]:
    """The JSON-LD @type values of an object."""
    kind = item.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def host_of(url: str | None) -> str | None:
    """The host of a URL without `www.`."""
    host = _HOST.match(url or "")
    return host.group(1).lower() if host else None
