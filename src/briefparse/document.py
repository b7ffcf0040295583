"""Document: the normalised text of one brief, cut into paragraphs and sentences with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from briefparse.errors import BriefparseError
from briefparse.lang import Language, detect_language, get_language
from briefparse.lang.letters import UPPER
from briefparse.lazy_regex import lazy_compile
from briefparse.load.html import decode_html, html_to_text, looks_like_html
from briefparse.load.page import PageMetadata
from briefparse.load.text import as_shown, decode, looks_binary, normalise
from briefparse.models import Span
from briefparse.ranges import Ranges

DEFAULT_MAX_BYTES = 5_000_000
# A match starts only where a run of end marks starts (the lookbehind after the first mark): from
# inside a long run ("......x") every start would rescan the rest of the run, which is quadratic.
# Starting with a plain character class lets the engine skip ahead to the next mark quickly. A closing
# quote may follow after a space, as French sets it ("merci. »").
_SENTENCE_END = lazy_compile(
    r"[.!?…](?<![.!?…][.!?…])"
    rf"(?:[.!?…]*(?:[»”\"')\]]|\s[»”])*(?=\s+(?:«\s?|[“\"'(\[])?[{UPPER}0-9¿¡-])|[.!?…]*(?:\s?[»”\"'])?(?=\s*$))"
)
_WORD_BEFORE = re.compile(r"(\S+)$")
#: the Arabic-Indic and the Eastern Arabic-Indic (Persian, Urdu) digits → the Latin ones
_ARABIC_SCRIPT_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: how far back the word before an end mark is looked for: longer words are never abbreviations
_WORD_WINDOW = 64
_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'))
_MAX_QUOTE_CHARS = 400  # a longer quotation is split into its sentences
_MIN_WRAP, _MAX_WRAP, _WRAP_SLACK, _MIN_WRAPPED_LINES = 50, 100, 15, 5
_WRAP_OVERRUN = 5  # a wrapped line may pass the column most wrapped lines stay within
_INDENT_SLACK = 8  # a paragraph's first line may have lost an indent of up to a tab's width before it was read
_MIN_PROSE_LINE = 80  # characters of a line that ends on a comma and goes on on the next, at least
_MIN_BROKEN, _MIN_BROKEN_LINES = 40, 2  # a line of prose broken mid-sentence, and how many tell a text broken so
#: a line ending on a time of day, maybe with its unit or zone ("18h45min", "14:30 Uhr", "09:15 GMT"): a date stamp
_CLOCK_TIME_END = re.compile(r"\d[:h]\d\d(?:[^\S\n]*[^\W\d]{1,4}\.?)?\s*$")
_SENTENCE_MARKS = (".", "!", "?", ":", ";", "»", "”", '"')
#: a short line that opens on a weekday's full date with its year, maybe a byline after it ("mardi 14 mars 2023",
#: "samedi 29 décembre 2012 par Le Quotidien", "martes 14 de marzo de 2023"): a date stamp under the headline
_DATE_LINE_OPEN = lazy_compile(
    r"^[^\W\d_]+,?[^\S\n]+\d{1,2}(?:er)?[^\S\n]+(?:de[^\S\n]+)?[^\W\d_]+\.?,?[^\S\n]+(?:de[^\S\n]+)?(?:19|20)\d\d(?!\d)"
)
_DATE_LINE_WORDS = 10


@dataclass(frozen=True)
class Segment:
    """A paragraph or a sentence: `text[start:end]` of the document."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass
class Document:
    """A decoded, normalised brief with its language and, for web pages, the page's metadata."""

    text: str
    language: Language | None
    page: PageMetadata = field(default_factory=PageMetadata)
    is_html: bool = False
    joined_breaks: tuple[int, ...] = ()  # offsets of the line breaks inside sentences made spaces at load

    @cached_property
    def lower(self) -> str:
        """The text in lower case, offset for offset: patterns of words match here without re.IGNORECASE. Digits of
        the Arabic script are written as the Latin ones ("١١/٠٣/٢٠٢١" a page prints beside a French brief is
        11/03/2021), which the patterns of dates and numbers read."""
        lowered = self.text.lower()
        if len(lowered) != len(self.text):
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.text)
        return lowered.translate(_ARABIC_SCRIPT_DIGITS)

    def span(self, start: int, end: int) -> Span:
        """Evidence for `text[start:end]`, trimmed of surrounding spaces."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span(start=start, end=end, text=self.text[start:end])

    @cached_property
    def paragraphs(self) -> list[Segment]:
        """Non-empty lines, in order (lines broken inside a sentence were joined when the text was loaded)."""
        out: list[Segment] = []
        offset = 0
        for number, line in enumerate(self.text.split("\n")):
            stripped = line.strip()
            if stripped:
                start = offset + line.index(stripped[0])
                end = offset + len(line.rstrip())
                out.append(Segment(start, end, self.text[start:end], number))
            offset += len(line) + 1
        return out

    @cached_property
    def sentences(self) -> list[Segment]:
        """Sentences of every paragraph, not split after the language's abbreviations."""
        abbreviations = self.language.abbreviations if self.language else frozenset()
        out: list[Segment] = []
        for paragraph in self.paragraphs:
            begin = 0
            quoted = _quotations(paragraph.text)
            for match in _SENTENCE_END.finditer(paragraph.text):
                if quoted.holds(match.end() - 1):
                    continue  # « Ce n'est pas une cible. Ils rendront des comptes », a écrit X: one sentence
                word = _WORD_BEFORE.search(paragraph.text, max(0, match.start() - _WORD_WINDOW), match.start() + 1)
                if word and _is_abbreviation(word.group(1), abbreviations) and match.end() < len(paragraph.text):
                    continue
                out.append(_segment(paragraph, begin, match.end()))
                begin = match.end()
            if paragraph.text[begin:].strip():
                out.append(_segment(paragraph, begin, len(paragraph.text)))
        return out


def _quotations(text: str) -> Ranges:
    """The inside of each closed quotation of a paragraph («…», “…”, "…"), when short enough to be one
    sentence's quote."""
    found = []
    for opening, closing in _QUOTE_PAIRS:
        start = text.find(opening)
        while start >= 0:
            end = text.find(closing, start + 1)
            if end < 0:
                break
            if end - start <= _MAX_QUOTE_CHARS:
                found.append((start + 1, end))
            start = text.find(opening, end + 1)
    return Ranges(found)


def _joined_lines(text: str) -> tuple[str, tuple[int, ...]]:
    """The text with the line breaks inside its sentences made spaces, offset for offset: a line that breaks
    mid-sentence goes on on the next one ("… le ministre des / affaires étrangères …"), but not into a stamp
    with its time of day ("… chez Hariri / le 19 février 2004 à 00h00"); in hard-wrapped text (most lines of about
    the same width) every wrapped line goes on on the next, but for a heading under a paragraph and for a block's
    first line that had room for the next line's first word (a headline over the body, not wrapped). Also the
    offsets of the breaks so joined."""
    lines = text.split("\n")
    wrap_width = _wrap_width(lines)
    broken = not wrap_width and _broken_mid_sentence(lines)
    wrapped_headline = _wrapped_headline(lines)
    joined, breaks = list(text), []
    offset, joinable, long_line, seen, ends_sentence = 0, False, False, 0, False
    previous_length, opened_block, after_blank, after_comma = 0, False, True, False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped:
            first_word = stripped.split()[0]
            # an ordinal day is no lower-case word going on: "12th March 2024", "1er mars 2024" under a headline
            lower_case = (
                first_word.islower()
                and not first_word[0].isdigit()
                and "." not in first_word
                and not _CLOCK_TIME_END.search(stripped)
                and not (len(stripped.split()) <= _DATE_LINE_WORDS and _DATE_LINE_OPEN.match(stripped))
            )
            # a line of prose that ends on a comma goes on on the next ("… along with the President," / "X Y."), not
            # a short item of a list one a line ("X – Republic of A," / "Y – Republic of B,")
            continues = lower_case or (broken and long_line) or (after_comma and previous_length >= _MIN_PROSE_LINE)
            # after a sentence's end, a short line without one is a heading ("Related articles"), not the paragraph's
            short = len(stripped) < wrap_width - _WRAP_SLACK
            # a heading comes after a paragraph's last line; a line that opens its block and ends on a mark is a
            # headline wrapped after an initialism or an ordinal ("… and U.S." / "Secretary of State …")
            heading = ends_sentence and short and not stripped.endswith(_SENTENCE_MARKS) and not opened_block
            # the first word would have fit on the line that opens the block: that line was not wrapped, it is a
            # headline over the body ("PM call with …: 1 October 2024" / "The Prime Minister spoke …")
            fits = opened_block and previous_length + 1 + len(first_word) <= wrap_width - _INDENT_SLACK
            # "Staatsgast von Nordländer" / " Regierungsrat empfangen": one headline, whatever the case
            if index == wrapped_headline or (
                joinable and seen and (continues or (wrap_width and not heading and not fits))
            ):
                joined[offset - 1] = " "  # the break that ends the line before
                breaks.append(offset - 1)
            seen += 1
            previous_length, opened_block, after_blank = len(stripped), after_blank, False
            ends_sentence, after_comma = stripped.endswith(_SENTENCE_MARKS), stripped.endswith(",")
            joinable = (
                wrap_width - _WRAP_SLACK <= len(stripped) <= wrap_width + _WRAP_OVERRUN
                if wrap_width
                else not ends_sentence
            )  # a line longer than the wrap width was not wrapped at it: a headline over a wrapped body
            long_line = seen > 1 and len(stripped) >= _MIN_BROKEN  # never the headline, nor a short label
        else:
            joinable, after_blank = False, True
        offset += len(line) + 1
    return "".join(joined), tuple(breaks)


def _wrapped_headline(lines: list[str]) -> int:
    """The index of the text's second line when it goes on the headline of the first, or -1: the first line,
    flush left and ending on no sentence mark, is followed with no blank by an indented line that ends its block and
    opens on a letter ("Staatsgast von Nordländer" / " Regierungsrat empfangen"); the page broke its
    headline there, whatever the case of the next word."""
    top = next((index for index, line in enumerate(lines) if line.strip()), len(lines))
    if top + 1 >= len(lines):
        return -1
    first, following = lines[top], lines[top + 1]
    indent = len(following) - len(following.lstrip(" "))  # the text's runs of spaces are one space by now
    after = lines[top + 2] if top + 2 < len(lines) else ""
    if (
        first[:1].isspace()
        or first.rstrip().endswith(_SENTENCE_MARKS)
        or not indent
        or not following.lstrip(" ")[:1].isalpha()
        or after.strip()
    ):
        return -1
    return top + 1


def _broken_mid_sentence(lines: list[str]) -> bool:
    """Lines broken inside sentences at no steady width (a page's text copied with its line breaks): a long line
    that ends on no sentence mark goes on in lower case on the next line, more than once. Then such a long line
    goes on whatever the next line's first letter ("la ministra Secretaria / General de Gobierno, X")."""
    found = 0
    for line, following in pairwise(lines):
        stripped, first = line.strip(), following.split()[:1]
        if len(stripped) >= _MIN_BROKEN and not stripped.endswith(_SENTENCE_MARKS) and first and first[0].islower():
            found += 1
            if found >= _MIN_BROKEN_LINES:
                return True
    return False


def _wrap_width(lines: list[str]) -> int:
    """The column at which the text was hard-wrapped, or 0 when it was not."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    wide = sorted(n for n in lengths if _MIN_WRAP <= n <= _MAX_WRAP)
    if len(wide) < _MIN_WRAPPED_LINES or len(wide) < len(lengths) / 2:
        return 0
    width = wide[len(wide) * 9 // 10]
    near = sum(1 for n in wide if n >= width - _WRAP_SLACK)
    return width if near >= len(wide) * 0.6 else 0


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    core = word.lstrip("«“\"'([").rstrip(".")
    return (
        (len(core) == 1 and core.isupper())
        or core.lower() in abbreviations
        or ("." in core and len(core) <= 6 and core.replace(".", "").isalpha())
    )


def _segment(paragraph: Segment, begin: int, end: int) -> Segment:
    chunk = paragraph.text[begin:end]
    lead = len(chunk) - len(chunk.lstrip())
    text = chunk.strip()
    start = paragraph.start + begin + lead
    return Segment(start, start + len(text), text, paragraph.paragraph)


def load_document(source: str | bytes, *, language: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Decode, reduce HTML to its main text, normalise and find the language.

    `source` is text or bytes (bytearray and memoryview too); anything else is a TypeError.
    """
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if not isinstance(source, (str, bytes)):
        raise TypeError(f"briefparse reads str or bytes, not {type(source).__name__}")
    if isinstance(source, bytes) or len(source) > max_bytes:  # a character is at least one byte
        size, at_least = len(source), "" if isinstance(source, bytes) else "at least "
    else:
        size, at_least = len(source.encode("utf-8", "surrogatepass")), ""
    if size > max_bytes:
        raise BriefparseError(
            f"input is {at_least}{size} bytes, over the limit of {max_bytes} (raise it with --max-bytes)"
        )
    raw = source if isinstance(source, str) else (decode_html(source) if looks_like_html(source) else decode(source))
    if looks_binary(raw):
        raise BriefparseError("binary file, not text")
    is_html = looks_like_html(raw)
    if is_html:
        text, page = html_to_text(raw)
    else:
        text, page = normalise(as_shown(raw)), PageMetadata()
    text, joined_breaks = _joined_lines(text)
    if not text:
        raise BriefparseError("empty input: no text to parse")
    lang = get_language(language) if language else detect_language(text, hint=page.language)
    return Document(text=text, language=lang, page=page, is_html=is_html, joined_breaks=joined_breaks)
