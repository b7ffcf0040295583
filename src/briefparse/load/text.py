"""Bytes to text: BOMs, UTF-8, then a maintained detector for legacy encodings."""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

from briefparse.errors import BriefparseError
from briefparse.lazy_regex import lazy_compile

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF")
_CONTROL = lazy_compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b\u200e\u200f\u2060\ufeff]")
# runs of blanks, and any single blank other than a space: a lone space is left alone (most text is those)
_SPACES = lazy_compile(r"[ \t\u00a0\u2007\u202f\u2000-\u200a\u3000]{2,}|[\t\u00a0\u2007\u202f\u2000-\u200a\u3000]")
_NEWLINES = lazy_compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_LINES = lazy_compile(r" *\n(?: *\n)+ *")
#: a lone "Â" before a space or a line's end: what a no-break space's two UTF-8 bytes show as when read as cp1252 or
#: latin-1 ("19 décembre 2012Â " copied as "19 décembre 2012 Â"); no word of the five languages is that letter alone
_MISREAD_NO_BREAK_SPACE = lazy_compile(r"(?<!\w)Â(?=[ \t\u00a0\n]|\Z)")
_SURROGATES = lazy_compile("[\ud800-\udfff]")
_BINARY_CONTROLS = lazy_compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_BINARY_SHARE = 0.1
# Markdown, as scrapers save a page: an image, a link's address, a heading's or a quotation's marks, strong emphasis
_CHARACTER_REFERENCE = lazy_compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_MARKDOWN_IMAGE = lazy_compile(r"!\[[^\]\n]*\]\([^)\s]*\)")
_MARKDOWN_LINK = lazy_compile(r"\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")
_MARKDOWN_HEADING = lazy_compile(r"^(?:#{1,6}|>)[ \t]+", re.M)
_MARKDOWN_STRONG = lazy_compile(r"(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1")


def decode(data: bytes) -> str:
    """Decode bytes of unknown encoding, refusing binary files.

    In order: a byte-order mark; UTF-16 without one (NULs beside every ASCII character); UTF-8;
    UTF-8 with a few broken bytes (more well-formed non-ASCII characters than broken ones, so
    legacy 8-bit text never gets here); then charset-normalizer's guess, cp1252 winning its ties.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if data.startswith(_BINARY_MAGIC):
        raise BriefparseError("binary file, not text")
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 4:
        utf16 = _try_utf16(data)
        if utf16 is None:
            raise BriefparseError("binary file, not text")
        return utf16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    well_formed = len(text) - len(text.encode("ascii", "ignore")) - broken
    if well_formed > broken:
        return text
    return _guess(data)


def _guess(data: bytes) -> str:
    """Legacy 8-bit text, by charset-normalizer; cp1252 (what browsers read latin-1 as) wins a tie."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None:
        raise BriefparseError("undecodable bytes: no text encoding fits")
    encoding = best.encoding
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos and match.coherence >= best.coherence:
            encoding = "cp1252"
    return data.decode(encoding, errors="replace")


def _try_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: the NULs sit on one side of almost every character, never on the other."""
    even, odd = data[0::2][:2048], data[1::2][:2048]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd > zeros_even:
        encoding, many, few, side = "utf-16-le", zeros_odd, zeros_even, len(odd)
    else:
        encoding, many, few, side = "utf-16-be", zeros_even, zeros_odd, len(even)
    if many < side * 0.6 or few > side * 0.1:
        return None
    try:
        return data[: len(data) // 2 * 2].decode(encoding)
    except UnicodeDecodeError:
        return None


def looks_binary(text: str) -> bool:
    """True when control characters (not tabs, line breaks or escapes) fill a tenth of the first 4 KB."""
    sample = text[:4096]
    return len(_BINARY_CONTROLS.findall(sample)) > len(sample) * _BINARY_SHARE


def as_shown(text: str) -> str:
    """Text saved as Markdown, or copied from a feed with its character references, read as the text it shows: no
    images, a link's words without its address, no heading, quotation or strong-emphasis marks ("# Talks in
    Kessel" is the line "Talks in Kessel"), a character for each reference ("l&#8217;ambassadeur", "&amp;")."""
    if _CHARACTER_REFERENCE.search(text):
        text = html.unescape(text)
    text = _MARKDOWN_IMAGE.sub("", text)
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _MARKDOWN_HEADING.sub("", text)
    return _MARKDOWN_STRONG.sub(r"\2", text)


def normalise(text: str) -> str:
    """NFC, one kind of newline, no control characters, invisible marks (soft hyphens, zero-width spaces), lone
    surrogates or misread no-break spaces ("Â"), single spaces, at most one blank line."""
    text = _SURROGATES.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    if "Â" in text:
        text = _MISREAD_NO_BREAK_SPACE.sub("", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()
