"""A capitalised title word that is a word of a place the gazetteer knows, written whole around it ("Santo Tomé y
Príncipe"), titles no one: the role before the name runs through the whole place, and no one unnamed is made of it.

Every brief and every person here is invented for the test.
"""

import briefparse

_TEXT = (
    "El presidente de Santo Tomé y Príncipe, Tomás Ndong Esono, se reunió el lunes con el canciller de Valdoria, "
    "Marcos Oyana Bita, en Malabo.\n"
)


def test_the_place_word_is_no_title() -> None:
    people = briefparse.parse(_TEXT).participants
    roles = {p.name: p.role for p in people}
    assert roles.get("Tomás Ndong Esono") == "presidente de Santo Tomé y Príncipe"
    assert None not in roles
