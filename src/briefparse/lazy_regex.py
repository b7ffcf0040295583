"""Regular expressions compiled on their first use, so that a run compiles only the patterns it needs.

Compiling is most of the cost of a one-file run: a language has some seventy patterns, a few of them long word
alternations, and one brief needs only part of them (a text brief none of the web-page patterns). The idea is
Django's `_lazy_re_compile`; here the compiled pattern's own methods are bound on the object at first use, so
later calls cost what calls on the compiled pattern cost.

A pattern anchored at the end of its window (`…$`, searched as `pattern.search(text, floor, end)` to ask "what
ends right here?") is tried by the regex engine at every position of the window. When its match can only span a
few words, `words_at_end` says how many: `search` then starts at the window's last words, past which no match
can begin, and finds the same match at a fraction of the cost.

A pattern that opens with a look-behind and a run of words and closes on a known word ("… said") is likewise tried
at every position of the text. When a cheaper `anchor` finds every place where a match can end, and a match spans
at most `max_chars` characters, `finditer` searches only the stretches of text that close on an anchor. A pattern
whose every match holds one of a few rare words (`needs`) is not run on a text that holds none of them, and the
pattern that matches nothing (`NOTHING`, an empty word list's) is never run.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import lru_cache, partial, wraps
from typing import Any, TypeVar, cast

from briefparse import kept_patterns

#: a pattern that matches nothing, for an empty list of words
NOTHING = r"(?!x)x"
#: a `LazyPattern`'s arguments in order: source, flags, words_at_end, anchor, max_chars, needs, memo
Arguments = tuple[str, int, int | None, str | None, int, tuple[str, ...], bool]
#: what a compiled pattern offers, bound on first use
_ATTRIBUTES = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
    "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


class LazyPattern:
    """A regular expression that compiles itself on the first use of any of its methods or attributes."""

    def __init__(
        self,
        source: str,
        flags: int = 0,
        *,
        words_at_end: int | None = None,
        anchor: str | None = None,
        max_chars: int = 0,
        needs: tuple[str, ...] = (),
        memo: bool = False,
    ) -> None:
        """`words_at_end`: the pattern ends with `$` and a match of it holds at most that many words (runs of
        non-space characters), whatever else it holds. `anchor` (compiled with the same flags): its first group ends
        wherever a match of the pattern can end, and a match spans at most `max_chars` characters; `finditer` then
        looks only before the anchors. `needs`: words in lower case, one of which every match holds. `memo`: the
        pattern is asked again and again about the same sentences and windows (a cue that several extractors test on
        every sentence): `search` and `finditer` keep their answers, by text and window."""
        self._source = source
        self._flags = flags
        self._words_at_end = words_at_end
        self._anchor = anchor
        self._max_chars = max_chars
        self._needs = needs
        self._memo = memo

    def __getattr__(self, name: str):
        """Called only while `name` is not yet bound: compile, bind every attribute, answer."""
        if name.startswith("_"):  # copy and pickle probe for dunders before __init__ has run
            raise AttributeError(name)
        compiled = kept_patterns.compile(self._source, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        if self._words_at_end is not None:
            self.search = partial(_search_last_words, compiled.search, self._words_at_end)
        if self._anchor is not None:
            anchor = kept_patterns.compile(self._anchor, self._flags)
            self.finditer = partial(_finditer_near_anchors, compiled.finditer, anchor.finditer, self._max_chars)
        if self._needs or self._source == NOTHING:
            guard = _Needs(self._needs)
            for method, nothing in _NOTHING_FOUND.items():
                setattr(self, method, partial(_unless_absent, getattr(self, method), guard, nothing))
        if self._memo:
            self.search = partial(_remembered, self.search, _Memo())
            self.finditer = partial(_remembered_all, self.finditer, _Memo())
        return getattr(self, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[:60]!r}, {self._flags})"

    def arguments(self) -> Arguments:
        """What the pattern is made of: `made_of(arguments)` is the same pattern, not yet compiled (`lang.compiled`
        keeps a language's patterns so between runs)."""
        return (
            self._source, int(self._flags), self._words_at_end, self._anchor, self._max_chars, self._needs, self._memo
        )  # fmt: skip


def made_of(arguments: Arguments) -> LazyPattern:
    """The pattern `LazyPattern.arguments` describes."""
    source, flags, words_at_end, anchor, max_chars, needs, memo = arguments
    return LazyPattern(
        source, flags, words_at_end=words_at_end, anchor=anchor, max_chars=max_chars, needs=needs, memo=memo
    )


def lazy_compile(source: str, flags: int = 0, **narrowing: Any) -> re.Pattern[str]:
    """`re.compile(source, flags)`, done when the pattern is first used; `narrowing` as `LazyPattern` reads it."""
    return cast("re.Pattern[str]", LazyPattern(source, flags, **narrowing))


def _search_last_words(search, words: int, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
    """`search(text, pos, endpos)` for a pattern that ends at `endpos` and holds at most `words` words: a match
    begins within the window's last `words` words, so the search starts at the space before them (what lies
    before the window stays visible to look-behinds, as with any `pos`)."""
    pos = max(pos, 0)
    head = text[pos:endpos].rsplit(None, words)
    if len(head) > words:
        pos += len(head[0])
    return search(text, pos, endpos)


def _finditer_near_anchors(finditer, anchors, max_chars: int, text: str) -> Iterator[re.Match[str]]:
    """`finditer(text)` for a pattern whose matches end where an anchor's first group ends and span at most
    `max_chars`: the same matches, found in the stretches of `max_chars` before each anchor (overlapping ones
    merged; look-arounds still see the whole text, and a stretch ends where a match may end)."""
    stretches: list[list[int]] = []
    for anchor in anchors(text):
        end = anchor.end(1)
        start = max(0, end - max_chars)
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    for start, end in stretches:
        yield from finditer(text, start, end)


#: the most characters of texts a remembering pattern keeps answers for within one document
_MEMO_CHARS = 1_000_000
_UNKNOWN = object()
#: the document being parsed, counted: a remembering pattern forgets its answers when the count moves on
_DOCUMENT = [0]


def forget_answers() -> None:
    """A new document starts: remembering patterns answer it afresh (they never carry answers from one document to
    another, so parsing a text twice costs twice, in a benchmark as in use)."""
    _DOCUMENT[0] += 1


class _Memo:
    """The answers a pattern gave about the current document, by (text, window), and how many characters the texts
    asked about hold (a text counted again unless it is the one asked about last): the answers are forgotten together
    when the next document starts or past `_MEMO_CHARS`."""

    __slots__ = ("answers", "chars", "document", "last")

    def __init__(self) -> None:
        self.answers: dict[tuple, object] = {}
        self.chars = 0
        self.last: str | None = None
        self.document = _DOCUMENT[0]

    def current(self) -> dict[tuple, object]:
        """The answers kept for the document being parsed."""
        if self.document != _DOCUMENT[0]:
            self.answers.clear()
            self.chars, self.last, self.document = 0, None, _DOCUMENT[0]
        return self.answers

    def keep(self, key: tuple, text: str, answer: object) -> object:
        if text is not self.last:
            if self.chars + len(text) > _MEMO_CHARS:
                self.answers.clear()
                self.chars = 0
            self.chars += len(text)
            self.last = text
        self.answers[key] = answer
        return answer


def _remembered(search, memo: _Memo, text: str, *window: int) -> re.Match[str] | None:
    """`search(text, *window)`, answered once per text and window (the text's hash is kept by the string)."""
    key = (text, *window)
    found = memo.current().get(key, _UNKNOWN)
    if found is _UNKNOWN:
        found = memo.keep(key, text, search(text, *window))
    return found  # type: ignore[return-value]


_Function = TypeVar("_Function", bound=Callable[..., Any])


def remembered(function: _Function) -> _Function:
    """`function`, a pure function of a text (its first argument) and more that the extractors ask again and again
    about the same spans, answered once per document and arguments: its answers are kept and forgotten as a remembering
    pattern's are (`_Memo`)."""
    memo = _Memo()

    @wraps(function)
    def answer(*args: Any) -> Any:
        found = memo.current().get(args, _UNKNOWN)
        if found is _UNKNOWN:
            found = memo.keep(args, args[0], function(*args))
        return found

    return cast("_Function", answer)


def _remembered_all(finditer, memo: _Memo, text: str, *window: int) -> Iterator[re.Match[str]]:
    """`finditer(text, *window)`, the matches listed once per text and window."""
    key = (text, *window)
    found = memo.current().get(key)
    if found is None:
        found = memo.keep(key, text, tuple(finditer(text, *window)))
    return iter(found)  # type: ignore[call-overload]


def _no_match() -> None:
    """What `search` and `match` find when there is nothing to find."""


#: what each method finds when there is nothing to find
_NOTHING_FOUND = {"search": _no_match, "match": _no_match, "finditer": partial(iter, ()), "findall": list}


class _Needs:
    """The words one of which every match of a pattern holds, and where the last text searched holds them: a
    pattern is searched in many windows of one text in turn, and the text is told once (by identity: the text
    object is kept, so it cannot be another's)."""

    __slots__ = ("found", "needs", "text")

    def __init__(self, needs: tuple[str, ...]) -> None:
        self.needs = needs
        self.text: str | None = None
        self.found: tuple[list[int], list[int]] | bool | None = False

    def occurrences(self, text: str) -> tuple[list[int], list[int]] | bool | None:
        """`_occurrences(text, needs)`, or False when the text holds none of the words."""
        if text is not self.text:
            self.text = text
            self.found = _holds_any(text, self.needs) and _occurrences(text, self.needs)
        return self.found


def _unless_absent(method, guard: _Needs, nothing, text: str, *args):
    """`method(text, *args)`, or `nothing()` when the text holds none of the words a match needs (always for the
    pattern that matches nothing). Searched in a window (`pos`, `endpos`), it needs one of the words inside the
    window, where a match lies: a name's 80 characters of lead-in seldom hold the rare word that the text holds."""
    if not guard.needs:
        return nothing()
    found = guard.occurrences(text)
    if found is False:
        return nothing()
    if args and found is not None and not _window_holds(len(text), found, *args[:2]):
        return nothing()
    return method(text, *args)


@lru_cache(maxsize=1024)
def _holds_any(text: str, needs: tuple[str, ...]) -> bool:
    """Whether the text, in lower case, holds one of the words; asked once per text and word list, however many
    windows of the text a pattern is then searched in."""
    lower = text.lower()
    return any(word in lower for word in needs)


def _window_holds(length: int, found: tuple[list[int], list[int]], pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """Whether a window (`pos`, `endpos`, as `re` reads them) of a text of `length` characters holds one of the
    occurrences `found` of the words (see `_occurrences`)."""
    starts, ends = found
    pos = min(max(pos, 0), length)
    endpos = min(max(endpos, pos), length)
    index = bisect_left(starts, pos)
    while index < len(starts) and starts[index] < endpos:
        if ends[index] <= endpos:
            return True
        index += 1
    return False


@lru_cache(maxsize=1024)
def _occurrences(text: str, needs: tuple[str, ...]) -> tuple[list[int], list[int]] | None:
    """Where each of the words occurs in the text in lower case, (starts, ends) by start; None when lower case
    changes the text's length."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    spans = []
    for word in needs:
        at = lower.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = lower.find(word, at + 1)
    spans.sort()
    return [start for start, _ in spans], [end for _, end in spans]
