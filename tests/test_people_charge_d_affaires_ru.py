"""A chargé d'affaires, "(временный) поверенный в делах", is a role in every case and however capitalised
("Временного Поверенного в делах США в Армении Итана X"): the holder's role, never a person's name.

Every brief and every person here is invented for the test.
"""

import briefparse


def test_a_capitalised_charge_d_affaires_is_a_role():
    text = (
        "Министр иностранных дел Армении Иван Дорн принял Временного Поверенного в делах США в Армении Итана "
        "Голдрича. Стороны обсудили двустороннее сотрудничество."
    )
    people = {p.name: p.role for p in briefparse.parse(text).participants}
    assert "Временного Поверенного" not in people
    assert people.get("Итан Голдрич", "").startswith("Временного Поверенного в делах")


def test_a_charge_d_affaires_after_with_keeps_the_role():
    text = "Министр Иван Дорн встретился с временным поверенным в делах США Итаном Голдричем в Ереване."
    people = {p.name: p.role for p in briefparse.parse(text).participants}
    assert people.get("Итан Голдрич", "").startswith("временным поверенным в делах")
