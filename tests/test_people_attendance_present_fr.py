"""Attendance told in the present, as the perfect already is ("ont pris part", "étaient présents"): "Prennent
également part aux travaux X, …", "Sont présents pour ce sommet les présidents X et Y", "Le président de la
Commission, Z, participe également au sommet": those named take part in the gathering.

Every brief here is invented for the test.
"""

import briefparse


def _participants(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text).participants}


def test_verb_first_taking_part_in_the_present():
    text = (
        "Les travaux du 30e sommet de l'Union des Etats du Lirno ont démarré dimanche à Valbourg en présence du "
        "président Luc Bernard. Prennent également part aux travaux l'émir du Norland, Marc Tellier, et le roi "
        "de Valdorie, Paul Marin."
    )
    assert {"Luc Bernard", "Marc Tellier", "Paul Marin"} <= _participants(text)


def test_subject_first_taking_part_in_the_present():
    text = (
        "Les travaux du 30e sommet de l'Union des Etats du Lirno ont démarré dimanche à Valbourg en présence du "
        "président Luc Bernard. Le président de la Commission, Marc Tellier, participe également au sommet."
    )
    assert {"Luc Bernard", "Marc Tellier"} <= _participants(text)
