"""Whether a word is a given name, from a maintained register.

The register (`data/given_names.tsv`, made by `tools/build_given_names.py` from Faker's person providers) lists the
given names in use in some eighty locales, folded: "Guillermo", "Luisa", "Domingo", "Сергей". It is positive
knowledge about a capitalised run: a run opened by a given name names a person even when a later word of it is
also a place, a weekday or an office ("Guillermo Montenegro", "Luisa María Alcalde", "Peter Kaiser").

    >>> is_given_name("Guillermo"), is_given_name("Montenegro")
    (True, False)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from briefparse.lang.letters import fold

__all__ = ["GIVEN_NAMES_FILE", "is_given_name"]

GIVEN_NAMES_FILE = "given_names.tsv"
_DATA = Path(__file__).with_name("data")


@cache
def _register() -> frozenset[str]:
    """The register's names, folded, read once."""
    lines = frozenset((_DATA / GIVEN_NAMES_FILE).read_text(encoding="utf-8").splitlines())
    return lines - {line for line in lines if not line or line[0] == "#"}


def is_given_name(word: str) -> bool:
    """The word, written with a capital and then lower case ("Peter", not "PETER" nor "peter"), is a given name the
    register lists."""
    return word[:1].isupper() and not word[1:].isupper() and fold(word) in _register()
