"""Two parties named without a role hold the office the text gives the pair in the plural: of two countries joined
by "and" ("Президенты России и Казахстана", "les chefs de la diplomatie tchadienne et nigérienne"), each the
country in the same place as their name; of "both" or "the two", the office alone.

The people and sentences are invented for the test.
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_each_of_two_countries_goes_to_the_party_named_in_its_place_ru() -> None:
    roles = _roles(
        "Президенты России и Казахстана обсудили торговлю\n\n"
        "Иван Кольцов и Арман Жумабеков провели телефонный разговор в пятницу. Стороны обсудили торговлю и транспорт."
    )
    assert roles == {"Иван Кольцов": "Президент России", "Арман Жумабеков": "Президент Казахстана"}


def test_each_of_two_nationalities_goes_to_the_party_named_in_its_place_fr() -> None:
    roles = _roles(
        "Les chefs de la diplomatie tchadienne et nigérienne se sont parlé au téléphone\n\n"
        "Paul Mbaïdoum et Issa Garba ont discuté de la sécurité régionale, a indiqué un communiqué."
    )
    assert roles == {
        "Paul Mbaïdoum": "chef de la diplomatie tchadienne",
        "Issa Garba": "chef de la diplomatie nigérienne",
    }


def test_the_party_with_a_role_keeps_its_country_the_other_takes_the_other() -> None:
    roles = _roles(
        "The presidents of Norway and Chile held talks\n\n"
        "Chilean President Pedro Lagos met Anders Holm in Oslo on Monday. They discussed trade and fisheries."
    )
    assert roles.get("Anders Holm") == "president of Norway"


def test_an_office_of_two_with_no_countries_is_the_office_alone() -> None:
    roles = _roles(
        "Иван Кольцов и Арман Жумабеков провели телефонный разговор в пятницу.\n\n"
        "Президенты двух государств обсудили торговлю и транспорт."
    )
    assert roles == {"Иван Кольцов": "Президент", "Арман Жумабеков": "Президент"}
