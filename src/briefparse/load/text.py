"""Bytes to text: BOMs, UTF-8, then a maintained detector for legacy encodings."""

from __future__ import annotations

import codecs
import re
import unicodedata

from briefparse.errors import BriefparseError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u2000-\u200a\u3000]+")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_LINES = re.compile(r" *\n(?: *\n)+ *")


def decode(data: bytes) -> str:
    """Decode bytes of unknown encoding, refusing binary files."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if data.startswith(_BINARY_MAGIC):
        raise BriefparseError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 4:
        utf16 = _try_utf16(data)
        if utf16 is not None:
            return utf16
        raise BriefparseError("binary file, not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise BriefparseError("undecodable bytes: no text encoding fits")
    return data.decode(best.encoding, errors="replace")


def _try_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: the NULs sit on one side of every ASCII character."""
    even, odd = data[0::2][:2048], data[1::2][:2048]
    encoding = "utf-16-le" if odd.count(0) > even.count(0) else "utf-16-be"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def normalise(text: str) -> str:
    """NFC, one kind of newline, no control characters, single spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()
