"""A settings record behaves as the frozen dataclass it replaces: fields, defaults, errors, `replace`."""

from __future__ import annotations

import dataclasses

import pytest

from briefparse.lang.base import Language
from briefparse.lang.fr import LANGUAGE as FRENCH
from briefparse.settings_record import settings_record


@settings_record
class _Weather:
    """A small record of the test's own."""

    city: str
    degrees: int = 20
    winds: list[str] = dataclasses.field(default_factory=list)


def test_keyword_positional_and_defaults() -> None:
    assert (_Weather(city="Lomé").degrees, _Weather(city="Lomé").winds) == (20, [])
    positional = _Weather("Dakar", 31)
    assert (positional.city, positional.degrees) == ("Dakar", 31)
    assert _Weather(city="Oslo").winds is not _Weather(city="Oslo").winds  # a fresh default each time


@pytest.mark.parametrize(
    ("args", "values", "message"),
    [
        ((), {}, "missing fields: city"),
        ((), {"city": "Lima", "rain": 3}, "unexpected fields: rain"),
        (("Lima",), {"city": "Quito"}, "fields twice: city"),
        (("Lima", 1, [], 4), {}, "takes 3 fields, 4 given"),
    ],
)
def test_wrong_arguments_are_named(args: tuple, values: dict, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        _Weather(*args, **values)


def test_frozen_compared_by_identity_and_replaceable() -> None:
    weather = _Weather(city="Accra")
    with pytest.raises(dataclasses.FrozenInstanceError):
        weather.city = "Kumasi"  # type: ignore[misc]
    assert weather != _Weather(city="Accra")
    assert {weather: 1}[weather] == 1
    assert dataclasses.replace(weather, degrees=25).degrees == 25


def test_a_language_is_a_settings_record() -> None:
    names = [field.name for field in dataclasses.fields(Language)]
    assert names[:2] == ["code", "name"] and len(names) > 200
    assert dataclasses.replace(FRENCH, code="xx").stopwords is FRENCH.stopwords
