"""A place of any size right after a role's link opens the run before the name ("le premier ministre du Québec X Y",
"el gobernador de Antioquia X Y"): the name starts past it, and the place stays in the role.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def people(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Le premier ministre du Québec Paul Tremblay a rencontré lundi le président Marc Dubois à Paris.",
            "Paul Tremblay",
            "premier ministre du Québec",
        ),
        (
            "El gobernador de Antioquia Mario Restrepo se reunió el lunes con el alcalde de Medellín Luis Ochoa.",
            "Mario Restrepo",
            "gobernador de Antioquia",
        ),
    ],
)
def test_the_name_begins_past_the_place_of_the_role(text: str, name: str, role: str):
    assert people(text).get(name) == role


def test_a_given_name_a_city_shares_still_opens_the_name():
    text = "Le ministre a reçu lundi l'ambassadeur de Norland, Victoria Nuland, à Valdor."
    assert "Victoria Nuland" in people(text)
