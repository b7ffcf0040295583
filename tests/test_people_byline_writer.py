"""A byline's writer is no participant: a name after a byline's cue that opens its line ("Par X", "Rédigé par X le
…"), or alone on its line under a line that holds only the cue ("Por" over "X"). Invented briefs."""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_cue_alone_on_the_line_above() -> None:
    text = (
        "Vell condena el ataque en Dorn\n\nPor\nTomas Ferrel\n\n"
        "El Gobierno de Vell, a través del Ministerio de Relaciones Exteriores, manifestó el lunes 3 de junio de "
        "2019 su pesar por el ataque registrado en la ciudad de Dorn.\n\n"
        "La Cancillería expresó sus condolencias a las familias de las víctimas."
    )
    assert "Tomas Ferrel" not in _names(text)


def test_cue_and_name_on_one_line_under_the_outlet() -> None:
    text = (
        "Sommet de la CEMAC à Vell\n\nLe Journal de Vell (Vell)\nPar Tomas Ferrel\n\n"
        "Les chefs d'Etat de la CEMAC se sont réunis le lundi 3 juin 2019 à Vell pour leur sommet ordinaire.\n\n"
        "Les travaux ont porté sur la sécurité régionale."
    )
    assert "Tomas Ferrel" not in _names(text)


def test_written_by_with_a_date() -> None:
    text = (
        "Vell condamne l'attaque\n\nRédigé par Tomas Ferrel le Lundi 3 Juin 2019\n\n"
        "Le gouvernement de Vell a condamné lundi l'attaque survenue à Dorn. Le ministère des Affaires étrangères a "
        "exprimé ses condoléances aux familles."
    )
    assert "Tomas Ferrel" not in _names(text)


def test_a_sentence_opening_on_the_same_word_keeps_its_people() -> None:
    text = (
        "Lima y Kora\n\nPor su parte, la presidenta Ana Lima se reunió el lunes 3 de junio de 2019 en Vell con su "
        "homólogo Bo Kora."
    )
    assert {"Ana Lima", "Bo Kora"} <= set(_names(text))
