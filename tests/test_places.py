"""The gazetteer (briefparse.places): its shipped data, and what a place name is in each language."""

from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefparse.lang import get_language, supported_languages
from briefparse.places import (
    COLUMNS,
    KINDS,
    NAMES_FILE,
    PLACES_FILE,
    city_country,
    country_name,
    lookup,
    place_key,
    place_kind,
    places,
)


def _rows(name: str) -> list[list[str]]:
    text = files("briefparse").joinpath("data", name).read_text(encoding="utf-8")
    assert text.startswith("# ") and text.endswith("\n")
    return [line.split("\t") for line in text.splitlines()[1:]]


def test_the_places_file_has_a_kind_a_country_a_population_a_name_and_a_capital_mark_on_every_row():
    rows = _rows(PLACES_FILE)
    assert all(len(row) == len(COLUMNS) for row in rows)
    assert {row[0] for row in rows} == set(KINDS)
    for kind, country, population, name, capital in rows:
        assert name.strip() == name and name
        assert capital in ("", "capital")
        assert (len(country) == 2 and country.isupper()) if kind != "region" else country == ""
        assert population.isdigit() if kind == "city" else population in ("", population)
    cities = [int(row[2]) for row in rows if row[0] == "city"]
    assert cities == sorted(cities, reverse=True)


def test_every_folded_name_is_sorted_unique_and_leads_to_rows():
    rows = _rows(NAMES_FILE)
    places_file = files("briefparse").joinpath("data", PLACES_FILE).read_bytes()
    row_starts = {i + 1 for i, byte in enumerate(places_file[:-1]) if byte == ord("\n")}
    names = [name for name, _ in rows]
    assert names == sorted(set(names))
    fold = place_key.__wrapped__  # uncached: every name once
    assert [name for name in names if not name or fold(name) != name] == []
    assert {int(offset) for _, offsets in rows for offset in offsets.split(",")} == row_starts


def test_every_hundredth_name_is_found():
    names = [name for name, _ in _rows(NAMES_FILE)]
    skipped = ("sur", "les", "des", "un", "se", "selon")
    assert all(places(name, "fr", towns=True) for name in names[::100] if name not in skipped)


def test_the_data_stays_small():
    # 4.0 MB with cities of 15 000 people; towns of 1 000 under their own name add 5.1 MB
    sizes = [len(files("briefparse").joinpath("data", name).read_bytes()) for name in (PLACES_FILE, NAMES_FILE)]
    assert sum(sizes) < 10_000_000


def test_luanda_is_a_city_in_angola():
    place = lookup("Luanda", "fr")
    assert (place.kind, place.country, place.own_name) == ("city", "AO", True)
    assert city_country("Luanda") == "AO"


@pytest.mark.parametrize(
    ("name", "language"), [("Angola", "fr"), ("Angola", "en"), ("Angola", "de"), ("Angola", "es"), ("Ангола", "ru")]
)
def test_angola_is_a_country_in_every_language(name, language):
    place = lookup(name, language)
    assert (place.kind, place.country, place.name) == ("country", "AO", "Angola")


@pytest.mark.parametrize(("name", "country"), [("Algérie", "DZ"), ("Südafrika", "ZA"), ("Sudáfrica", "ZA")])
def test_a_country_is_known_by_its_name_in_another_language(name, country):
    assert lookup(name, "en").country == country


@pytest.mark.parametrize("form", ["Москва", "Москве", "Москвой", "Москву", "Москвы"])
def test_a_russian_city_is_known_in_every_case(form):
    place = lookup(form, "ru")
    assert (place.kind, place.name, place.country) == ("city", "Moscow", "RU")


@pytest.mark.parametrize(
    ("form", "kind"),
    [("Анголе", "country"), ("России", "country"), ("Нижнем Новгороде", "city"), ("Брюсселе", "city")],
)
def test_declined_names_of_several_words_and_countries_are_places(form, kind):
    assert place_kind(form, "ru") == kind


@pytest.mark.parametrize(("form", "country"), [("Berlins", "DE"), ("Russlands", "RU"), ("Moskaus", "RU")])
def test_a_german_genitive_is_the_place(form, country):
    assert lookup(form, "de").country == country


def test_declension_is_only_for_languages_whose_words_decline():
    assert place_kind("Москве", "ru") == "city"
    assert place_kind("Москве", "fr") is None


@pytest.mark.parametrize(
    ("name", "country"), [("Nouakchott", "MR"), ("Pékin", "CN"), ("Wien", "AT"), ("Нью-Йорке", "US"), ("LOMÉ", "TG")]
)
def test_cities_are_found_by_their_names_in_other_languages_and_cases(name, country):
    language = "ru" if name[0] == "Н" else "fr"
    assert city_country(name, language) == country


@pytest.mark.parametrize(
    ("name", "language", "country"),
    [
        ("République démocratique du Congo", "fr", "CD"),
        ("Republic of Uzbekistan", "en", "UZ"),
        ("Российской Федерации", "ru", "RU"),
        ("Estados Unidos de América", "es", "US"),
    ],
)
def test_official_names_of_countries_are_countries(name, language, country):
    assert lookup(name, language).country == country


@pytest.mark.parametrize(
    ("name", "language", "country"),
    [
        ("St Kitts and Nevis", "en", "KN"),
        ("St. Kitts and Nevis", "en", "KN"),
        ("St Lucia", "en", "LC"),
        ("St Vincent and the Grenadines", "en", "VC"),
        ("St Pierre & Miquelon", "fr", "PM"),
        ("St Kitts und Nevis", "de", "KN"),
    ],
)
def test_a_country_is_known_by_its_short_and_long_spellings(name, language, country):
    assert lookup(name, language).country == country


def test_a_name_in_parentheses_is_kept_only_when_it_names_the_same_place():
    assert lookup("Бирма", "ru").country == "MM"  # "Мьянма (Бирма)"
    assert all(p.country != "VI" for p in places("США", "ru"))  # not "Виргинские о-ва (США)"


def test_a_small_capital_is_a_city():
    assert city_country("Alofi") == "NU"


def test_a_country_s_capital_is_marked_and_its_other_cities_are_not():
    assert lookup("Dakar", "fr").capital and lookup("Nairobi", "de").capital and lookup("Lima", "es").capital
    assert not lookup("Thiès", "fr").capital and not lookup("Mombasa", "de").capital


def test_no_country_has_two_capitals_and_only_cities_are_capitals():
    rows = [row for row in _rows(PLACES_FILE) if row[4]]
    assert all(kind == "city" and capital == "capital" for kind, _, _, _, capital in rows)
    assert len({country for _, country, *_ in rows}) == len(rows) > 200


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Moyen-Orient", "fr"),
        ("Middle East", "en"),
        ("Indo-Pacific", "en"),
        ("Nahost", "de"),
        ("Sahel", "es"),
        ("Ближнем Востоке", "ru"),
        ("Afrique occidentale", "fr"),
        ("Lateinamerika", "de"),
    ],
)
def test_regions_from_cldr_and_from_the_language_data_are_regions(name, language):
    assert place_kind(name, language) == "region"


def test_every_language_names_its_regions_and_each_is_a_region():
    for code in supported_languages():
        regions = get_language(code).region_names
        assert regions, code
        assert all(place_kind(region, code) == "region" for region in regions), code


@pytest.mark.parametrize(
    ("name", "language", "country"),
    [("Белоруссию", "ru", "BY"), ("Белоруссии", "ru", "BY"), ("Weißrussland", "de", "BY"), ("DRC", "en", "CD"),
     ("EE.UU.", "es", "US"), ("RDC", "fr", "CD")],
)
def test_a_country_s_name_in_use_that_cldr_lacks_is_that_country(name, language, country):
    reading = lookup(name, language)
    assert (reading.kind, reading.country) == ("country", country)


def test_every_language_s_further_country_names_are_countries_and_their_codes_are_iso():
    for code in supported_languages():
        for name, iso in get_language(code).country_names.items():
            assert len(iso) == 2 and iso.isupper(), (code, name)
            assert lookup(name, code).country == iso, (code, name)


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Tom Jackson", "en"),
        ("Jean Dupont", "fr"),
        ("Maria Schmidt", "de"),
        ("Ana García", "es"),
        ("Сергей Лавров", "ru"),
        ("Сергея Лаврова", "ru"),
    ],
)
def test_a_first_name_and_a_surname_are_no_place(name, language):
    assert places(name, language) == ()


def test_a_surname_that_is_also_a_city_says_how_big_the_city_is():
    jackson = lookup("Jackson", "en")
    assert jackson.kind == "city" and jackson.population > 100_000


def test_a_city_known_by_its_own_name_comes_before_a_bigger_one_once_called_so():
    readings = [p for p in places("Islamabad", "en") if p.kind == "city"]
    assert readings[0].country == "PK" and readings[0].own_name
    assert any(not p.own_name and p.population > readings[0].population for p in readings[1:])


def test_a_country_comes_before_its_city_of_the_same_name():
    assert [p.kind for p in places("Djibouti", "fr")] == ["country", "city"]


@pytest.mark.parametrize(("word", "language"), [("Of", "en"), ("Sur", "fr"), ("Presidente", "es"), ("Mai", "de")])
def test_the_languages_own_words_are_no_city(word, language):
    assert not [p for p in places(word, language) if p.kind == "city"]


def test_a_name_that_is_no_place_and_an_unknown_language_give_nothing():
    assert lookup("Ministry of Foreign Affairs", "en") is None
    assert place_kind("", "en") is None
    assert place_kind("Luanda", "xx") == "city"


@pytest.mark.parametrize(
    ("code", "language", "name"), [("AO", "ru", "Ангола"), ("ao", "fr", "Angola"), ("DE", "es", "Alemania")]
)
def test_country_names_come_from_cldr(code, language, name):
    assert country_name(code, language) == name


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["fr", "en", "de", "es", "ru", "xx"]))
def test_any_text_gives_readings_in_order_and_never_fails(name, language):
    readings = places(name, language)
    kinds = [KINDS.index(p.kind) for p in readings]
    assert kinds == sorted(kinds)
    assert all(p.kind == "region" or (p.country and len(p.country) == 2) for p in readings)


@pytest.mark.parametrize(
    ("name", "code", "country"),
    [("USA", "de", "US"), ("USA", "en", "US"), ("USA", "fr", "US"), ("USA", "es", "US"), ("ЮАР", "ru", "ZA"),
     ("VAE", "de", "AE"), ("EAU", "es", "AE"), ("UAE", "en", "AE")],
)
def test_the_initials_a_country_goes_by_are_the_country(name, code, country):
    """Not a city that has them for another name ("USA" is one of Yokkaichi's in GeoNames)."""
    place = lookup(name, code)
    assert place is not None and place.kind == "country" and place.country == country


def test_every_name_of_a_sorted_file_of_many_blocks_is_found_and_no_other():
    from briefparse.places import _SortedNames

    names = sorted(f"{first}{second} ville{n}" for first in "abcdefgh" for second in "klmnopqr" for n in range(30))
    text = b"header\n" + b"".join(f"{name}\t{i}\n".encode() for i, name in enumerate(names))
    index = _SortedNames(text, text.find(b"\n") + 1)
    assert len(index.starts) > 5  # the names span several blocks
    assert all(index.values(name) == [str(i)] for i, name in enumerate(names))
    assert index.values("ak ville") == index.values("zz ville1") == index.values("header") == []
    assert [value for _, value in index._lines(b"bq ")] == [str(names.index(f"bq ville{n}")) for n in sorted(
        range(30), key=str)]
