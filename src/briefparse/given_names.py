"""Whether a word is a given name, from a maintained register.

The register (`data/given_names.tsv`, made by `tools/build_given_names.py` from Faker's person providers) lists the
given names in use in some eighty locales, folded: "Guillermo", "Luisa", "Domingo", "Сергей". It is positive
knowledge about a capitalised run: a run opened by a given name names a person even when a later word of it is
also a place, a weekday or an office ("Guillermo Montenegro", "Luisa María Alcalde", "Peter Kaiser").

    >>> is_given_name("Guillermo"), is_given_name("Montenegro")
    (True, False)
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from briefparse.lang.letters import fold

__all__ = ["GIVEN_NAMES_FILE", "is_given_name"]

GIVEN_NAMES_FILE = "given_names.tsv"
_DATA = Path(__file__).with_name("data")
#: the characters of text between two lines of the register's sparse index
_BLOCK = 512


class _Register(NamedTuple):
    """The register's text, and a sparse index of it: where each block of about `_BLOCK` characters starts (at a
    line) and the name on that line."""

    text: str
    starts: list[int]
    heads: list[str]


@cache
def _register() -> _Register:
    """The register, read once: its comment lines, then one folded name a line in code-point order (the order
    `tests/test_given_names_register.py` checks). Its twenty thousand names are not made into a set, whose hashing
    took a fiftieth of a one-file run: a name is found by bisection of the index, then in one block."""
    text = (_DATA / GIVEN_NAMES_FILE).read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    begin = 0
    while text.startswith(("#", "\n"), begin):  # the comment and blank lines that open the file
        begin = text.index("\n", begin) + 1
    starts = sorted({max(text.rfind("\n", begin, at) + 1, begin) for at in range(begin, len(text), _BLOCK)})
    heads = [text[start : text.index("\n", start)] for start in starts]
    return _Register(text, [*starts, len(text)], heads)


@lru_cache(maxsize=65536)
def _listed(name: str) -> bool:
    """The folded name is a line of the register (cached: the same names come back brief after brief)."""
    register = _register()
    block = bisect_right(register.heads, name) - 1
    if block < 0:
        return False
    start, end = register.starts[block], register.starts[block + 1]
    return register.text.startswith(f"{name}\n", start) or register.text.find(f"\n{name}\n", start, end) >= 0


def is_given_name(word: str) -> bool:
    """The word, written with a capital and then lower case ("Peter", not "PETER" nor "peter"), is a given name the
    register lists."""
    return word[:1].isupper() and not word[1:].isupper() and _listed(fold(word))
