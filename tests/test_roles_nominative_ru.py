"""A Russian role written in an oblique case ("принял посла Эстонии", "встретился с послом Эстонии") is given in
the nominative, as the role's holder would be named: "посол Эстонии", whose stem a case ending alone does not
tell ("посла", "послом").

The people and sentences are invented for the test.
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_role_in_the_genitive_is_given_in_the_nominative() -> None:
    roles = _roles(
        "Министр иностранных дел Норландии Павел Крылов принял посла Эстонии Ивара Тамма. "
        "Стороны обсудили двустороннее сотрудничество."
    )
    assert roles.get("Ивар Тамм") == "посол Эстонии"


def test_a_role_in_the_instrumental_is_given_in_the_nominative() -> None:
    roles = _roles(
        "Министр иностранных дел Норландии Павел Крылов встретился с послом Эстонии Иваром Таммом. "
        "Стороны обсудили двустороннее сотрудничество."
    )
    assert roles.get("Ивар Тамм") == "посол Эстонии"
