"""The last item of a list under a plural role, joined by "and" with its own link ("… et du Burkina Faso, W", "… y de
Chile, W"), takes the role in the singular with its own country, after semicolons as after commas.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


@pytest.mark.parametrize(
    ("text", "last", "role"),
    [
        (
            "Les chefs d'Etat du Niger, Ali Moussa, du Mali, Bah Diarra, et du Burkina Faso, Paul Ouedraogo, ont pris "
            "part mardi au sommet de Niamey.",
            "Paul Ouedraogo",
            "chef du Burkina Faso",
        ),
        (
            "Los presidentes de Paraguay, Mario Benítez; de Uruguay, Tomás Vázquez, y de Chile, Sebastián Peralta, "
            "participaron el martes en la cumbre de Asunción.",
            "Sebastián Peralta",
            "presidente de Chile",
        ),
        (
            "El presidente Paul Marin recibió el jueves las cartas credenciales de los embajadores de Italia, Marco "
            "Bellini; de Irlanda, Aoife Byrne, y de Irán, Reza Tehrani.",
            "Reza Tehrani",
            "embajador de Irán",
        ),
    ],
)
def test_the_last_item_takes_its_own_country(text: str, last: str, role: str):
    assert roles(text).get(last) == role
