"""Russian Arabic names join a given name to a father's by "бин", "бен", "ибн" or "бинт" ("Салах бин Ганим Аль Али"):
the word after the particle is the father's name, part of the person's name, whatever it looks like, as in English.

Every brief and every person here is invented for the test.
"""

import briefparse


def test_a_father_s_name_after_bin_stays_in_the_name():
    text = (
        "Президент Армении прибыл в Доху\n\n"
        "Президент Армении Иван Дорн прибыл с рабочим визитом в Доху. У трапа его встретил министр торговли "
        "Омана Карим бин Ганим Аль Насри."
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Карим бин Ганим Аль Насри" in names


def test_a_common_given_name_after_bin_is_still_read():
    text = (
        "Министр иностранных дел Армении Иван Дорн провел встречу с министром иностранных дел Омана Фейсалом "
        "бин Салимом Аль Насри. Стороны обсудили двустороннее сотрудничество."
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert any(n and n.startswith("Фейсал") and "Насри" in n for n in names)
