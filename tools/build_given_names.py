#!/usr/bin/env python3
"""Build briefparse's register of given names, `src/briefparse/data/given_names.tsv`, from maintained data.

    pip install -e '.[names]' && python tools/build_given_names.py

Source: Faker's person providers (MIT licence), which list the given names in use in some eighty locales
(`first_names`, `first_names_male`, `first_names_female`, `first_names_nonbinary`): "Guillermo", "Luisa",
"Domingo", "Сергей", "Mohamed". The locale `en`, a dump of the US census's names that holds common words
("Press", "Royal", "King", "London"), is left out; the national English locales (en_US, en_GB, …) stay.

The file holds one name a line, folded (`briefparse.lang.letters.fold`: lower case, no accents), written in
letters, maybe with a hyphen or an apostrophe ("jean-pierre"), sorted and without repeats; a line that starts
with "#" says where the list comes from.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from briefparse.given_names import GIVEN_NAMES_FILE
from briefparse.lang.letters import fold

_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
_LEFT_OUT = frozenset({"en"})  # the US census's names, common words among them
_NAME_SHAPE = re.compile(r"[^\W\d_]{2,}(?:['-][^\W\d_]+)*")


def given_names() -> set[str]:
    """Every locale's given names, folded, as Faker lists them."""
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name in _LEFT_OUT:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in _NAME_LISTS:
            listed = getattr(provider, attribute, None)
            if listed is None or isinstance(listed, property):
                continue  # a locale that builds its names from parts, or lists none of this kind
            names.update(key for key in map(fold, listed) if _NAME_SHAPE.fullmatch(key))
    return names


def main() -> None:
    names = sorted(given_names())
    header = f"# given names from Faker {version('faker')} person providers (MIT), all locales but 'en'\n"
    out = Path(__file__).resolve().parents[1] / "src" / "briefparse" / "data" / GIVEN_NAMES_FILE
    out.write_text(header + "".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"{len(names)} given names -> {out}")


if __name__ == "__main__":
    main()
