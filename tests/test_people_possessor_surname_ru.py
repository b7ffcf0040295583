"""A surname in the genitive between a title and a name is whose title it is ("спецпосланником Иванова Михаилом
Кравцовым"): the holder's name begins at the given name that does not agree with it in case, so the possessor's
surname is no part of the holder's name. A surname and a given name that agree ("Мироненко Александр") stay one name.

Every brief and every person here is invented for the test.
"""

import briefparse

_TEXT = (
    "Президент Валдории Петр Ланин встретился в столице со спецпосланником Иванова Михаилом Кравцовым. "
    "Переговоры прошли во Дворце независимости.\n"
)


def test_possessor_surname_is_no_part_of_the_name():
    names = [p.name for p in briefparse.parse(_TEXT).participants]
    assert "Михаил Кравцов" in names
    assert not any(n and n.startswith("Иванов") for n in names)


def test_possessor_with_given_name_before_the_holder():
    text = (
        "Спецпосланник президента Норландии Сергея Иванова Михаил Кравцов провел переговоры с президентом Валдории "
        "Петром Ланиным. Стороны обсудили двустороннее сотрудничество.\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Михаил Кравцов" in names
