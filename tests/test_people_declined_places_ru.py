"""Russian participants whose title ends in a place in an oblique case ("аким Астаны X Y"): the place is the
title's, not the person's first word, though the dictionary also reads it as the plural of a first name; a place
that a preposition governs ("во время визита в Приамурье X Y", a region no gazetteer lists) is no given name; a
title holds a town after the abbreviation "г." ("Генконсул Узбекистана в г.Владивостоке X Y"); an abbreviated country
or organisation, which the dictionary may not know, completes the title and opens no name ("министр иностранных
дел КР X Y", "генеральный секретарь ШОС X Y"). The briefs are written for these tests; every person in them is
invented."""

import briefparse


def _participants(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants if p.name}


def _everyone(text: str) -> list[str]:
    brief = briefparse.parse(text)
    return [p.name for p in [*brief.participants, *brief.people_mentioned] if p.name]


def test_city_in_the_genitive_ends_the_title_before_the_name():
    text = (
        "Делегация Казахстана прибыла в Минск.\n\nВ составе делегации — аким Астаны Нурлан Валдоров, а также "
        "депутаты парламента. Гости проведут переговоры с руководством города."
    )
    people = _participants(text)
    assert "Нурлан Валдоров" in people
    assert people["Нурлан Валдоров"] == "аким Астаны"


def test_an_event_named_after_a_city_is_no_one():
    text = (
        "Делегация Казахстана прибыла в Минск для участия в Днях Астаны. Ее возглавляет министр культуры Казахстана "
        "Нурлан Валдоров.\n\nЗавершатся Дни Астаны 13 апреля."
    )
    assert not any("Астаны" in name for name in _everyone(text))  # "Завершатся": a verb opens the sentence


def test_word_after_a_preposition_of_place_is_no_given_name():
    people = _participants(
        "Во время визита в Приамурье Тимур Маринов выразил надежду на сотрудничество.\n"
        "Губернатор области Павел Соколов провел встречу с Тимуром Мариновым."
    )
    assert "Тимур Маринов" in people
    assert not any(name.startswith("Приамурье") for name in people)


def test_town_after_the_abbreviation_of_city_stays_in_the_title():
    people = _participants(
        "Генконсул Узбекистана в г.Владивостоке Тимур Маринов встретился с губернатором Амурской области "
        "Павлом Соколовым."
    )
    assert people.get("Тимур Маринов") == "Генконсул Узбекистана в г.Владивостоке"


def test_given_name_that_is_a_city_declines_with_the_surname():
    people = _participants(
        "В пятницу президент Казахстана Павел Маринов принял генерального секретаря Совета сотрудничества "
        "тюркоязычных государств Багдада Соколова.\n\nГлава государства высоко оценил поддержку, оказанную лично "
        "генеральным секретарем Багдадом Соколовым."
    )
    # "Багдада" / "Багдадом": it declines with the name, no city's genitive before it
    assert any(name.startswith("Багдад") and "Соколов" in name for name in people)


def test_abbreviation_the_dictionary_does_not_know_completes_the_title():
    people = _participants(
        "Министр иностранных дел КР Руслан Маринов встретился с послом Норвегии Павлом Соколовым.\n"
        "Стороны обсудили вопросы двустороннего сотрудничества."
    )
    assert "Руслан Маринов" in people
    assert people["Руслан Маринов"] == "Министр иностранных дел КР"


def test_abbreviation_in_a_name_in_the_instrumental():
    people = _participants(
        "Посол Норвегии Павел Соколов провел переговоры с министром иностранных дел РУз Бахтияром Мариновым.\n"
        "Стороны обсудили подготовку к визиту."
    )
    assert "Бахтияр Маринов" in people


def test_abbreviation_of_an_organisation_completes_the_title():
    people = _participants(
        "Генеральный секретарь ШОС Тимур Соколов прибыл в Пекин.\n"
        "Он встретился с министром иностранных дел Китая Павлом Мариновым."
    )
    assert "Тимур Соколов" in people
