"""A day the clause of a death writes after its noun or its verb, no finite verb between ("j'ai appris le décès de X,
ancien président, ce jeudi 26 septembre 2019"), is the death's: a message of condolence about it is not dated by it;
a day the message's own verb takes still dates the message."""

import briefparse


def test_the_day_of_the_death_does_not_date_the_message() -> None:
    text = (
        "MESSAGE DE CONDOLEANCES\n"
        "C'est avec beaucoup d'émotion que j'ai appris le décès de Monsieur Henri Malbosc, ancien président de la "
        "République de Valdorie, ce jeudi 26 septembre 2019.\n"
        "Je vous prie de croire, Monsieur le Président, en l'assurance de ma très haute considération.\n"
        "MARC TAVERNIER\n"
    )
    assert briefparse.parse(text).date is None


def test_the_day_a_verb_of_dying_takes_does_not_date_the_message() -> None:
    text = (
        "Le président Marc Tavernier a adressé un message de condoléances au vice-président Louis Ferrand.\n"
        "Henri Malbosc est décédé, à l'âge de 80 ans, le dimanche 19 mai 2024, dans un accident.\n"
    )
    assert briefparse.parse(text).date is None


def test_the_day_the_message_was_sent_still_dates_it() -> None:
    text = (
        "Le président Marc Tavernier a adressé le jeudi 26 septembre 2019 un message de condoléances au "
        "vice-président Louis Ferrand, à la suite du décès de l'ancien président Henri Malbosc.\n"
    )
    assert str(briefparse.parse(text).date) == "2019-09-26"
