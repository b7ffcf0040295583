"""A body named as the subject of a verb of saying is the source, in the forms the verb lists lacked: the Spanish
"descartó" and "divulgó", the German present "erklärt", the Russian neuter a neuter body takes ("Министерство …
подтвердило")."""

from __future__ import annotations

import briefparse


def _source(text: str) -> str | None:
    brief = briefparse.parse(text)
    return brief.source.name if brief.source else None


def test_a_ministry_rules_out_a_meeting() -> None:
    text = (
        "Valdoria descarta reunión con Ostmark\n\n"
        "La cancillería de Valdoria descartó hoy una reunión en el corto plazo entre el presidente Jan Korte y su "
        "homólogo de Ostmark, Piet Oskam. El canciller Luis Marin dijo que no hay fecha prevista.\n"
    )
    assert _source(text) == "cancillería de Valdoria"


def test_a_press_office_releases_pictures() -> None:
    text = (
        "Presidenta Lenhart recibe al embajador de Ostmark\n\n"
        "La presidenta Ilse Lenhart recibió este martes en la Casa de Gobierno al embajador de Ostmark, Piet Oskam. "
        "La secretaría de Prensa divulgó imágenes del encuentro, en el que ambos conversaron sobre el comercio.\n"
    )
    assert _source(text) == "secretaría de Prensa"


def test_a_city_administration_explains() -> None:
    text = (
        "Botschafter trägt sich ins Goldene Buch ein\n\n"
        "Der Botschafter von Valdorien, Piet Oskam, hat sich am Montag in das Goldene Buch der Stadt eingetragen. "
        "Oberbürgermeisterin Ilse Lenhart empfing ihn im Rathaus. Die Stadtverwaltung erklärt auf Nachfrage das "
        "Prozedere: Botschafter tragen sich bei ihrem ersten Besuch ein.\n"
    )
    assert _source(text) == "Stadtverwaltung"


def test_a_neuter_ministry_confirms() -> None:
    text = (
        "Министерство иностранных дел Валдории подтвердило, что 7 августа состоялся телефонный разговор министра "
        "иностранных дел Валдории Яна Корте с министром иностранных дел Остмарка Питом Оскамом. Министры обсудили "
        "двустороннее сотрудничество.\n"
    )
    assert (_source(text) or "").startswith("Министерство иностранных дел")
