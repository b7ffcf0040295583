"""A spouse named beside the word for it ("accompanied by his wife X", "son épouse X") has that word as role.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


@pytest.mark.parametrize(
    ("text", "spouse", "role"),
    [
        (
            "President Paul Marin, accompanied by his wife Clara Marin, arrived in Valdor on Monday for a state "
            "visit and met King Harald Berg.",
            "Clara Marin",
            "wife",
        ),
        (
            "Le président Paul Marin, accompagné de son épouse Clara Marin, est arrivé lundi à Dakar pour une visite "
            "d'Etat et a été reçu par le président Omar Ndiaye.",
            "Clara Marin",
            "épouse",
        ),
        (
            "El presidente Paul Marin y su esposa, Clara Marin, llegaron el lunes a Lima en visita oficial y fueron "
            "recibidos por el presidente Pedro Salas.",
            "Clara Marin",
            "esposa",
        ),
        (
            "Президент Павел Марин и его супруга Клара Марина прибыли в понедельник в Минск с официальным визитом "
            "и встретились с президентом Олегом Сидоровым.",
            "Клара Марина",
            "супруга",
        ),
    ],
)
def test_the_word_for_a_spouse_before_the_name_is_its_role(text: str, spouse: str, role: str):
    assert roles(text).get(spouse) == role
