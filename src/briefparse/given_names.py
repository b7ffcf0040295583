"""Whether a word is a given name, from a maintained register.

The register (`data/given_names.tsv`, made by `tools/build_given_names.py` from Faker's person providers) lists the
given names in use in some eighty locales, folded: "Guillermo", "Luisa", "Domingo", "Сергей". It is positive
knowledge about a capitalised run: a run opened by a given name names a person even when a later word of it is
also a place, a weekday or an office ("Guillermo Montenegro", "Luisa María Alcalde", "Peter Kaiser").

    >>> is_given_name("Guillermo"), is_given_name("Montenegro")
    (True, False)
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from briefparse.lang.letters import fold

__all__ = ["GIVEN_NAMES_FILE", "is_given_name"]

GIVEN_NAMES_FILE = "given_names.tsv"
_DATA = Path(__file__).with_name("data")
#: a comment line of the register
_COMMENT = re.compile(r"^#.*", re.MULTILINE)


@cache
def _register() -> frozenset[str]:
    """The register's names, folded, read once (its comment and blank lines found by the regex engine: a loop over
    the twenty thousand lines in Python took half the time of reading them)."""
    text = (_DATA / GIVEN_NAMES_FILE).read_text(encoding="utf-8")
    return frozenset(text.splitlines()).difference(_COMMENT.findall(text), ("",))


def is_given_name(word: str) -> bool:
    """The word, written with a capital and then lower case ("Peter", not "PETER" nor "peter"), is a given name the
    register lists."""
    return word[:1].isupper() and not word[1:].isupper() and fold(word) in _register()
