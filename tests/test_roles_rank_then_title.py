"""A one-word rank after a name, then a comma and a title ("X, ambassadeur, chef de la Mission européenne et Y"):
the rank alone is no office, so the title after it is the same person's, not an unnamed participant's. A rank
before another name ("X, ministre, Y, directeur …") stays X's alone.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def participants(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 6))
    return {p.name: p.role for p in brief.participants}


ENVOYS = (
    "Le ministre des Affaires étrangères, M. Paul Kanda, s'est entretenu, mercredi à Nouakchott, avec les "
    "ambassadeurs des pays de l'Union européenne, à savoir : SEM Jean Vallon, ambassadeur, chef de la Mission "
    "européenne et SEM Marc Dufresne, ambassadeur de la République française.\n\n"
    "La rencontre s'est déroulée en présence de M. Luc Ould Zein, ambassadeur, directeur des affaires africaines "
    "au ministère des Affaires étrangères.\n"
)


def test_fr_a_title_after_a_rank_is_the_same_person_s():
    found = participants(ENVOYS)
    assert found.get("Jean Vallon") == "ambassadeur, chef de la Mission européenne"
    assert found.get("Marc Dufresne") == "ambassadeur de la République française"


def test_fr_a_title_after_a_rank_is_no_unnamed_participant():
    found = participants(ENVOYS)
    assert None not in found
    assert found.get("Luc Ould Zein") == (
        "ambassadeur, directeur des affaires africaines au ministère des Affaires étrangères"
    )


def test_fr_a_rank_before_another_name_stays_alone():
    found = participants(
        "Le ministre des Affaires étrangères, M. Paul Kanda, a reçu mercredi à Nouakchott MM. Jean Vallon, "
        "ambassadeur, Marc Dufresne, directeur des affaires africaines, et Luc Ould Zein, conseiller.\n"
    )
    assert found.get("Jean Vallon") == "ambassadeur"
    assert found.get("Marc Dufresne") == "directeur des affaires africaines"


def test_en_and_es_a_title_after_a_rank_is_the_same_person_s():
    english = participants(
        "Foreign Minister Paul Marin met on Tuesday in Valletta with Jane Holt, ambassador, head of the European "
        "Union delegation, and John Price, adviser.\n"
    )
    assert english.get("Jane Holt") == "ambassador, head of the European Union delegation"
    spanish = participants(
        "El canciller Pedro Marín recibió el martes en Asunción a Juan Pérez, embajador, asesor del presidente de "
        "la República en Asuntos Estratégicos.\n"
    )
    assert spanish.get("Juan Pérez") == "embajador, asesor del presidente de la República en Asuntos Estratégicos"
    assert None not in spanish
