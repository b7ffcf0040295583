"""A name of one word after a family noun and a possessive or a name's genitive ("his wife X", "sa fille Y", "su
esposa, Z", "W's son, V") is the relative's whole name, their given name: a person, whom the tie names as their role;
a word after the noun in no such frame is no one.

The briefs and their people are fictional, written for this test.
"""

import briefparse


def _taking_part(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants if p.name}


def test_wife_in_the_arrival_en():
    text = (
        "NEW DELHI, Nov 6, 2025 — President Mark Tassin of Valdoria arrived in India on Saturday for a three-day "
        "visit. The aircraft carrying Tassin, his wife Lorna and the official delegation touched down at the Delhi "
        "airport, where Prime Minister Arjun Mehta received them."
    )
    taking_part = _taking_part(text)
    assert taking_part.get("Lorna") == "wife", taking_part


def test_daughter_in_the_delegation_fr():
    text = (
        "Ankara, 3 mars 2025 — Le Premier ministre valdorien Marc Tassin est arrivé lundi à Ankara pour une visite "
        "officielle. Il était accompagné de son épouse Lorna Tassin, sa fille Ayla, et du ministre de l'Economie "
        "Paul Verdier."
    )
    taking_part = _taking_part(text)
    assert taking_part.get("Ayla") == "fille", taking_part


def test_wife_after_a_comma_es():
    text = (
        "SAN SALVADOR.- El presidente de Valdoria, Marco Tassin, llegó este lunes a El Salvador. Tassin descendió "
        "del avión acompañado por su esposa, Lorna, ataviada con un vestido azul."
    )
    taking_part = _taking_part(text)
    assert taking_part.get("Lorna") == "esposa", taking_part


def test_son_named_by_genitive_en():
    text = (
        "DHARAMSALA, Sept 1, 2025 — The Dalai Lama sent a letter of condolence over the death of former President "
        "Rakesh Varma. In a letter to Varma's son, Anil, the spiritual leader said he was saddened by the news."
    )
    names = [p.name for p in briefparse.parse(text).participants + briefparse.parse(text).people_mentioned]
    assert "Anil" in names, names


def test_no_possessive_no_person_en():
    text = (
        "NEW DELHI, Nov 6, 2025 — President Mark Tassin of Valdoria arrived in India on Saturday for a three-day "
        "visit and was received by Prime Minister Arjun Mehta. The wife Club hosted a dinner."
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Club" not in names, names
