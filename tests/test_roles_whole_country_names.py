"""The whole name of the United States ("États-Unis d'Amérique", "United States of America", "Estados Unidos de
América", "Vereinigte Staaten von Amerika"), which CLDR does not write, is a country's name: a plural role of two
countries hands each its own, in order.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse
from briefparse.lang import get_language
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import fold


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("fr", "États-Unis d’Amérique"),
        ("fr", "Etats Unis d'Amérique"),
        ("en", "United States of America"),
        ("es", "Estados Unidos de América"),
        ("de", "Vereinigte Staaten von Amerika"),
    ],
)
def test_the_whole_name_is_a_country_s(code: str, name: str) -> None:
    language = get_language(code)
    assert language is not None
    assert compiled(language).names.territory.fullmatch(fold(name))


def test_a_plural_role_of_two_countries_one_by_its_whole_name_hands_each_its_own():
    text = (
        "Le ministre des Affaires étrangères, Paul Ravelona, s'est entretenu mardi à Nouakchott avec les ambassadeurs "
        "de France et des Etats Unis d’Amérique, respectivement MM. Jean Dupuis et Mark Wilson."
    )
    found = roles(text)
    assert found["Jean Dupuis"] == "ambassadeur de France"
    assert found["Mark Wilson"] == "ambassadeur des Etats Unis d’Amérique"
