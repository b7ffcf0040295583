"""The gazetteer's provinces: every country's first-level subdivisions (ISO 3166-2 through pycountry), under their
ISO names and their translations, read after a city of the same name and never where the name is a common word."""

from importlib.resources import files

import pytest

from briefparse.places import COLUMNS, PLACES_FILE, lookup, place_kind, places


def _province_rows() -> list[list[str]]:
    text = files("briefparse").joinpath("data", PLACES_FILE).read_text(encoding="utf-8")
    return [row for row in (line.split("\t") for line in text.splitlines()[1:]) if row[0] == "province"]


def test_every_province_row_has_its_country_and_no_population():
    rows = _province_rows()
    assert len(rows) > 2000
    assert all(len(row) == len(COLUMNS) for row in rows)
    assert all(len(country) == 2 and country.isupper() and population == "" for _, country, population, *_ in rows)
    assert all(name and name.strip() == name and "," not in name and "(" not in name for *_, name, _ in rows)
    assert all(capital == "" for *_, capital in rows)  # a province is no country's capital


@pytest.mark.parametrize(
    ("name", "language", "country"),
    [
        ("Sonora", "es", "MX"),
        ("Nuevo León", "es", "MX"),
        ("Punjab", "en", "IN"),
        ("Bayern", "de", "DE"),
        ("Bavaria", "en", "DE"),
        ("Bavière", "fr", "DE"),
        ("Оренбургская область", "ru", "RU"),
        ("Оренбургской области", "ru", "RU"),
        ("Кызылординская область", "ru", "KZ"),
    ],
)
def test_a_state_province_or_oblast_is_a_province_in_its_country(name, language, country):
    assert any(p.kind == "province" and p.country == country for p in places(name, language))
    assert place_kind(name, language) == "province"


def test_a_name_in_index_order_keeps_its_head():
    assert place_kind("Asturias", "es") == "province"  # ISO's "Asturias, Principado de"


def test_a_city_comes_before_the_province_of_its_name():
    assert lookup("Moscou", "fr").kind == "city"
    assert [p.kind for p in places("Santa Fe", "es")][-1] == "province"


def test_a_town_level_subdivision_is_no_province():
    # Slovenia's municipalities are ISO 3166-2's first level; their names are villages'
    assert all(p.kind != "province" for p in places("Ljutomer", "en"))
