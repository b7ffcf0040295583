"""One person's offices in a row before the name, a comma between them, in Russian: the earlier office is told by its
head noun ("заместитель председателя …, министр X": "заместитель" stands in the case of "министр", not the genitive
"председателя" of its complement), a body named by its capitalised adjectives and a gathering's noun in the genitive
("совета Евразийского форума") is the office's complement, not a verb ending it, and each office is put in the
nominative.

Every brief and every person here is invented for the test.
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_an_office_with_a_genitive_complement_then_a_second_office_are_one_person_s():
    text = (
        "7 марта заместитель председателя Кабинета министров Туркменистана, министр иностранных дел Руслан Атаев "
        "позвонил министру иностранных дел Азербайджанской Республики Эльдару Гасанову.\n\n"
        "Министры обсудили вопросы взаимного интереса."
    )
    roles = _roles(text)
    assert roles.get("Руслан Атаев") == (
        "заместитель председателя Кабинета министров Туркменистана, министр иностранных дел"
    )
    assert None not in roles  # no nameless "заместитель председателя" beside him


def test_a_body_named_by_a_gathering_s_noun_ends_no_office():
    text = (
        "Президент Казахстана Арман Сейтов встретился в Астане с бывшим генеральным секретарем ОБСЕ, председателем "
        "совета Евразийского форума Петером Ландау, сообщила пресс-служба главы государства.\n\n"
        "Стороны обсудили вопросы сотрудничества."
    )
    roles = _roles(text)
    assert roles.get("Петер Ландау") == "генеральный секретарь ОБСЕ, председатель совета Евразийского форума"


def test_a_gathering_s_noun_after_a_preposition_of_place_still_ends_the_office():
    text = (
        "Губернатор области Павел Лесков встретился с генеральным директором Восточного инвестиционного форума "
        "Антоном Зиминым на Байкальском экономическом форуме.\n\nОни обсудили инвестиции."
    )
    roles = _roles(text)
    assert roles.get("Антон Зимин") == "генеральный директор Восточного инвестиционного форума"
    assert roles.get("Павел Лесков") == "Губернатор области"


def test_each_of_the_offices_in_a_row_is_put_in_the_nominative():
    text = (
        "Заместитель председателя правительства Таджикистана Тимур Саидов провел переговоры с вице-премьером, "
        "министром иностранных дел Армении Ваганом Арутюняном.\n\nСтороны обсудили сотрудничество."
    )
    assert _roles(text).get("Ваган Арутюнян") == "вице-премьер, министр иностранных дел Армении"
