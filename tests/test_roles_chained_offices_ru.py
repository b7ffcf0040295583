"""Russian offices set side by side with a comma before one name ("президент общества …, депутат парламента X"):
the role is the whole row, whose nouns stand in one case, not its last office with the first left to no one. The
briefs are written for these tests; every person in them is invented."""

import briefparse


def _people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in briefparse.parse(text).participants]


def test_two_offices_in_a_row_are_one_persons_role():
    people = _people(
        "В связи с этим президент Азербайджанского общества Красного Полумесяца, депутат парламента Павел "
        "Маринов вручил директору агентства Ивану Сорокину юбилейную медаль."
    )
    role = dict(people).get("Павел Маринов") or ""
    assert role.startswith("президент Азербайджанского общества") and "депутат" in role
    assert all(name for name, _role in people)  # no office left to someone unnamed


def test_calling_that_declines_as_an_adjective_opens_the_row():
    people = dict(
        _people(
            "Как передает агентство, своими впечатлениями поделился американский учёный в области геополитики, "
            "исследователь международных отношений Иван Сорокин."
        )
    )
    assert (people.get("Иван Сорокин") or "").startswith("американский учёный")
