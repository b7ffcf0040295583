"""A Russian office names its territorial unit, then the unit's name, then the holder ("главным министром провинции
Пенджаб X Y"): the province's name is no part of the holder's name, whatever its size.

Every brief and every person here is invented for the test.
"""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_a_province_after_its_unit_noun_is_no_part_of_the_name():
    text = (
        "Посол Казахстана Арман Сейтов встретился с главным министром провинции Пенджаб Айшой Карим Хан. "
        "Стороны обсудили торговое сотрудничество.\n"
    )
    names = _names(text)
    assert any(name and name.startswith("Айш") for name in names)
    assert not any(name and name.startswith("Пенджаб") for name in names)


def test_a_state_after_its_unit_noun_is_no_part_of_the_name():
    text = (
        "Посол Казахстана Арман Сейтов встретился с губернатором штата Техас Джоном Миллером. "
        "Стороны обсудили торговое сотрудничество.\n"
    )
    names = _names(text)
    assert not any(name and name.startswith("Техас") for name in names)
    assert any(name and "Миллер" in name for name in names)


def test_a_republic_written_in_small_letters_is_no_part_of_the_name():
    text = (
        "Губернатор Ивановской области Пётр Серов направил телеграмму главе республики Таймырия Ильдару Габитову. "
        "В телеграмме выражены соболезнования.\n"
    )
    names = _names(text)
    assert not any(name and name.startswith("Таймыри") for name in names)
    assert any(name and "Габитов" in name for name in names)


def test_a_given_name_after_an_adjective_and_a_unit_noun_stays_in_the_name():
    text = (
        "Посол Казахстана Арман Сейтов встретился с губернатором Ивановской области Антоном Петровичем Серовым. "
        "Стороны обсудили торговое сотрудничество.\n"
    )
    names = _names(text)
    assert any(name and name.startswith("Антон") for name in names)
