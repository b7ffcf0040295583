"""A participant with no office takes the rank title before their name ("le prince X", "Emir X") as role; one whose
office comes first keeps the office.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Le prince Paul Marin a reçu lundi au Palais le président norlandais Ilir Varga.", "Paul Marin", "prince"),
        ("Prince Paul Marin received President Ilir Varga of Norland at the Palace on Monday.", "Paul Marin", "Prince"),
        ("Emir Paul Marin received President Ilir Varga of Norland at the Palace on Monday.", "Paul Marin", "Emir"),
        ("Prinz Paul Marin empfing am Montag im Palast den Präsidenten Norlands, Ilir Varga.", "Paul Marin", "Prinz"),
    ],
)
def test_a_rank_title_before_a_name_without_an_office_is_its_role(text: str, name: str, role: str):
    assert roles(text).get(name) == role


def test_an_office_before_a_rank_title_stays_the_role():
    text = "Foreign Minister Prince Paul Marin of Norland met President Ilir Varga in Valdor on Monday."
    assert roles(text).get("Paul Marin", "").startswith("Foreign Minister")
