"""The names Kyrgyzstan and Azerbaijan go by in their own Russian-language press and offices ("Кыргызстан",
"Кыргызская Республика", "Азербайджанская Республика") are countries in every case: a president's country, not a
person's name, and a place.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse
from briefparse.places import place_kind


@pytest.mark.parametrize(
    "name", ["Кыргызстан", "Кыргызстане", "Кыргызстана", "Кыргызской Республики", "Азербайджанской Республике"]
)
def test_own_names_are_countries(name: str) -> None:
    assert place_kind(name, "ru") == "country"


def test_a_residence_of_the_president_of_kyrgyzstan_names_no_one() -> None:
    text = (
        "Президент Словении Иван Дорнов принимает участие в заседании Совета Северного союза в Бишкеке.\n"
        "Лидеры проведут переговоры в государственной резиденции Президента Кыргызстана «Ала-Арча».\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Иван Дорнов" in names
    assert not any(name and name.startswith("Кыргызстан") for name in names)
