"""A pair that a word of between opens, of whom no one takes part, while someone else is named before it or takes
part already ("… the task set in a telephone conversation between President X and President Y", "luego de los
choques entre los presidentes X y Y"): the pair is others', mentioned as background, not taking part.

The briefs and their people are fictional, written for this test.
"""

import pytest

import briefparse


def _taking_part(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text).participants if p.name}


@pytest.mark.parametrize(
    ("text", "parties", "others"),
    [
        (
            "Foreign Minister Karim Nadir held a telephone conversation with his Ruritanian counterpart Olaf Brenner "
            "on Monday. They agreed to work on the task, set in a telephone conversation between Ruritanian President "
            "Anton Weiss and Valdorian President Hugo Lenz, of resolving differences through dialogue.",
            {"Karim Nadir", "Olaf Brenner"},
            {"Anton Weiss", "Hugo Lenz"},
        ),
        (
            "El canciller Tomás Arrieta recibió este lunes a su homóloga de Valdoria, Elena Sorní, en Puerto Lira. "
            "Se trató de la primera visita oficial luego de los choques entre los presidentes Julio Barcos y Ramón "
            "Quintela.",
            {"Tomás Arrieta", "Elena Sorní"},
            {"Julio Barcos", "Ramón Quintela"},
        ),
    ],
)
def test_a_pair_of_others_is_only_mentioned(text, parties, others):
    taking_part = _taking_part(text)
    assert parties <= taking_part, taking_part
    assert not others & taking_part, taking_part


def test_the_pair_of_the_event_itself_takes_part():
    taking_part = _taking_part(
        "Talks between Foreign Minister Karim Nadir and his Ruritanian counterpart Olaf Brenner were held in Valdor "
        "on Monday."
    )
    assert {"Karim Nadir", "Olaf Brenner"} <= taking_part, taking_part
