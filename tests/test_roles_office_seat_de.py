"""A German title may name the body its office sits in, after a place preposition and with no comma, before the
holder's name ("Staatssekretärin im Auswärtigen Amt X"): the body is the role's; a place ends it ("hat im Rathaus X
empfangen").

Every brief and every person here is invented for the test; the countries are real.
"""

import pytest

import briefparse

STORY = "Berlin - {title} Eva Roth hat am Montag den Botschafter Portugals, Tomas Berin, zu einem Gespräch empfangen."


@pytest.mark.parametrize(
    "title",
    [
        "Staatssekretärin im Auswärtigen Amt",
        "Staatssekretär im Bundesministerium des Innern",
        "Staatssekretärin im Bundesministerium für Wirtschaft",
    ],
)
def test_the_body_an_office_sits_in_is_part_of_the_role(title):
    roles = {p.name: p.role for p in briefparse.parse(STORY.format(title=title)).participants}
    assert roles.get("Eva Roth") == title


def test_a_place_between_a_title_and_a_name_is_no_part_of_the_role():
    brief = briefparse.parse(
        "Berlin - Die Bürgermeisterin hat am Montag im Roten Rathaus Tomas Berin, den Botschafter Portugals, empfangen."
    )
    roles = {p.name: p.role for p in brief.participants}
    assert "Rathaus" not in (roles.get("Tomas Berin") or "")
