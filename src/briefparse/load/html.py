"""Saved web pages: bytes to a tree, then the page's metadata and its main text.

Decoding (`decode_html`), in this order: a byte-order mark; valid UTF-8 (a page that decodes as
UTF-8 is UTF-8, whatever its `<meta charset>` claims); the charset the page declares in
`<meta charset>`, `<meta http-equiv="Content-Type">` or `<?xml encoding?>`, if the bytes decode with
it; then charset-normaliser's guess.

Parsing (`parse_html`) uses lxml's forgiving HTML parser directly. It copes with a missing
`<head>` or `<body>`, several `<html>` roots (their contents end up in one tree) and pages of
several megabytes.

The metadata (`load/html_meta.py`, dates in `load/html_dates.py`, the page model in `load/page.py`) is
read before any element is removed; the main text (`load/html_text.py`) is the headline followed by the article's body
paragraphs.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from briefparse.lazy_regex import lazy_compile
from briefparse.load.html_meta import page_metadata
from briefparse.load.html_text import main_text
from briefparse.load.page import PageMetadata
from briefparse.load.text import decode, normalise

_HTML_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|div|p|title|article)\b", re.I)
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I
)
_XML_DECLARATION = lazy_compile(r"^\s*<\?xml[^>]*\?>")
# libxml2 drops whatever follows a closing </html> (a second page glued on) and ends the tree at a
# self-closed <html/>: both kinds of tag go, and the parser closes the elements itself.
_ROOT_TAGS = lazy_compile(r"<(?:/(?:body|html)\s*|(?:html|head|body)\b[^<>]*?/)>", re.I)
# libxml2 stops at about 2 000 levels of nesting and keeps nothing below: for such a page, runs of start
# tags (or of end tags) longer than any real page nests are cut to their last ones, and it is parsed again.
_MAX_TAG_RUN = 64
_NOT_NESTING = r"(?!(?:html|head|body|meta|link|base|title|script|style)\b)"
_TAG_RUN = lazy_compile(
    rf"(?:<{_NOT_NESTING}[a-zA-Z][^<>]{{0,400}}>\s*){{{_MAX_TAG_RUN + 1},}}"
    rf"|(?:</{_NOT_NESTING}[a-zA-Z][^<>]{{0,100}}>\s*){{{_MAX_TAG_RUN + 1},}}",
    re.I,
)
_TAG = lazy_compile(r"<[^<>]*>")
# What browsers actually use for these labels (WHATWG Encoding Standard).
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "x-sjis": "shift_jis",
}


def looks_like_html(head: bytes | str) -> bool:
    """True when the first kilobytes hold HTML tags."""
    sample = head[:2048] if isinstance(head, bytes) else head[:2048].encode("utf-8", "ignore")
    return bool(_HTML_SNIFF.search(sample.lstrip(codecs.BOM_UTF8)))


def decode_html(data: bytes) -> str:
    """Text of an HTML page's bytes: BOM, then valid UTF-8, then the declared charset, then a guess."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:8192])
    if declared:
        label = (declared.group(1) or declared.group(2)).decode("ascii").lower()
        try:
            return data.decode(_CHARSET_ALIASES.get(label, label))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def parse_html(markup: str):
    """The lxml tree of a page, or None when nothing parses."""
    from lxml import etree

    markup = _ROOT_TAGS.sub(_open_tag, _XML_DECLARATION.sub("", markup, count=1))
    parser = _parser()
    try:
        root = etree.fromstring(markup.encode("utf-8", "replace"), parser=parser)
        if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
            root = etree.fromstring(_TAG_RUN.sub(_last_tags, markup).encode("utf-8", "replace"), parser=parser)
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):
        return None
    return root if root is not None and isinstance(root.tag, str) else None


def _open_tag(match: re.Match[str]) -> str:
    tag = match.group(0)
    return "" if tag.startswith("</") else tag[:-2] + ">"


def _last_tags(match: re.Match[str]) -> str:
    return "".join(_TAG.findall(match.group(0))[-_MAX_TAG_RUN:])


@cache
def _parser():
    from lxml import etree

    return etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)


def html_to_text(markup: str) -> tuple[str, PageMetadata]:
    """Main text (headline first, then body paragraphs) and metadata of an HTML page."""
    root = parse_html(markup)
    if root is None:
        return normalise(re.sub(r"<[^>]+>", " ", markup)), PageMetadata()
    meta = page_metadata(root, markup)
    text = main_text(root, meta.title)
    return normalise(text), meta
