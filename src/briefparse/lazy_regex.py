"""Regular expressions compiled on their first use, so that a run compiles only the patterns it needs.

Compiling is most of the cost of a one-file run: a language has some seventy patterns, a few of them long word
alternations, and one brief needs only part of them (a text brief none of the web-page patterns). The idea is
Django's `_lazy_re_compile`; here the compiled pattern's own methods are bound on the object at first use, so
later calls cost what calls on the compiled pattern cost.
"""

from __future__ import annotations

import re
from typing import cast

#: what a compiled pattern offers, bound on first use
_ATTRIBUTES = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
    "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


class LazyPattern:
    """A regular expression that compiles itself on the first use of any of its methods or attributes."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str):
        """Called only while `name` is not yet bound: compile, bind every attribute, answer."""
        if name.startswith("_"):  # copy and pickle probe for dunders before __init__ has run
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[:60]!r}, {self._flags})"


def lazy_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, done when the pattern is first used."""
    return cast("re.Pattern[str]", LazyPattern(source, flags))
