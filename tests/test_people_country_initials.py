"""A bare role that names a country by its initials ("Президент ОАЭ", "UAE President") refers back to the person
the brief names with the same office under the country's full name: one participant, no nameless double.

Every brief and every person here is invented for the test; the countries are real.
"""

import pytest

import briefparse
from briefparse.analysis.names import same_country
from briefparse.lang.en import LANGUAGE as EN
from briefparse.lang.ru import LANGUAGE as RU


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Высокий гость прибыл в Казань\nПрезидент ОАЭ прибыл с рабочим визитом в Казань\n\n"
            "Президент Объединенных Арабских Эмиратов Хамад Аль Сувейди прибыл с рабочим визитом в Казань. "
            "Самолет приземлился в аэропорту.",
            "Хамад Аль Сувейди",
        ),
        (
            "Высокий гость прибыл в Казань\nПрезидент ЮАР прибыл с рабочим визитом в Казань\n\n"
            "Президент Южно-Африканской Республики Тембо Мабаса прибыл с рабочим визитом в Казань. "
            "Самолет приземлился в аэропорту.",
            "Тембо Мабаса",
        ),
        (
            "Distinguished guest lands in Lyon\nUAE President arrives on a working visit\n\n"
            "The President of the United Arab Emirates, Hamad Al Suwaidi, arrived in Lyon on a working visit on "
            "Monday.",
            "Hamad Al Suwaidi",
        ),
    ],
)
def test_role_under_a_country_s_initials_is_the_named_holder(text: str, name: str) -> None:
    assert [p.name for p in briefparse.parse(text).participants] == [name]


def test_same_country_reads_initials_and_full_names() -> None:
    assert same_country("ОАЭ", "Объединённые Арабские Эмираты", RU)
    assert same_country("UAE", "United Arab Emirates", EN)
    assert not same_country("ОАЭ", "Катар", RU)
    assert not same_country(None, "Катар", RU)
