"""A holder's name after the city of the post when the role's own country stands between ("el embajador de Norlandia
en Caracas Pedro X"): the role, its complement, the city, then the name.

Every brief here is invented for the test.
"""

import briefparse


def test_the_name_after_the_post_city_and_the_role_s_country_is_found():
    brief = briefparse.parse(
        "Caracas, 3 dic (EFE).- El ministro de Defensa, Luis Gómez Peña, se reunió este martes con el embajador de "
        "Rusia en Caracas Pedro Ruiz Vargas, con quien conversó sobre la cooperación militar.\n"
    )
    found = {p.name: p.role for p in brief.participants}
    assert found.get("Pedro Ruiz Vargas") == "embajador de Rusia en Caracas"
    assert "Luis Gómez Peña" in found


def test_a_city_after_a_lower_case_verb_names_no_one():
    brief = briefparse.parse(
        "Caracas, 3 dic (EFE).- El canciller Luis Gómez Peña conversó en Santa Marta con el ministro Pedro Ruiz "
        "Vargas sobre la frontera.\n"
    )
    assert {p.name for p in brief.participants} == {"Luis Gómez Peña", "Pedro Ruiz Vargas"}
