"""Russian visits told as reaching a country are placed where the visitor's plane landed."""

import briefparse

_AIRPORT = (
    "Президент Варнии Остап Керимов прибыл в Россию с официальным визитом.\n"
    "Самолет Керимова приземлился в столичном аэропорту Внуково-2 около 11:40 мск. "
    "Гостя встретил первый вице-премьер Игорь Ладогин.\n"
    "Ожидается, что переговоры пройдут в пятницу."
)

_CITY = (
    "Министр иностранных дел Варнии Зарина Белова прибыла в Индию с рабочим визитом.\n"
    "Самолет министра приземлился в городе Панаджи - столице штата Гоа. "
    "В аэропорту гостью приветствовали музыканты."
)


def test_landing_airport_over_the_country():
    assert briefparse.parse(_AIRPORT).location == "столичном аэропорту Внуково-2"


def test_landing_city_over_the_country():
    assert briefparse.parse(_CITY).location == "городе Панаджи"


def test_a_phone_call_has_no_landing_place():
    text = _AIRPORT.replace("прибыл в Россию с официальным визитом", "провел телефонный разговор с коллегой")
    assert briefparse.parse(text).location != "столичном аэропорту Внуково-2"


def test_landing_after_vo():
    text = (
        "Президент Варнии Остап Керимов прибыл в Россию с рабочим визитом.\n"
        "Его самолет совершил посадку во Внуково вечером в четверг. Гостя встретил Игорь Ладогин."
    )
    assert briefparse.parse(text).location == "Внуково"
