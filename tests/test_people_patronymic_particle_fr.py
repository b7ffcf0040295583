"""In French, "ould", "mint", "ben", "bin" and "ibn" in small letters join a given name to a father's name: the
honorific that is also a given name after one ("Cheikh") is the father's name, and the whole is one person's name
("Mohamed ould Cheikh X"), not a name cut before a title.

Every brief here is invented for the test.
"""

import briefparse


def _names(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text).participants}


def test_ould_before_cheikh_keeps_the_name_whole():
    text = (
        "Le chef de l'Etat lirnois, Mohamed ould Cheikh El Varoun, a reçu lundi l'ambassadeur de Valdorie, "
        "Jean Dupuis."
    )
    assert "Mohamed ould Cheikh El Varoun" in _names(text)


def test_mint_before_cheikh_keeps_the_name_whole():
    text = "La ministre lirnoise, Naha mint Cheikh Sabir, a reçu mardi l'ambassadeur de Valdorie, Jean Dupuis."
    assert "Naha mint Cheikh Sabir" in _names(text)


def test_capitalised_ould_still_keeps_the_name_whole():
    text = (
        "Le chef de l'Etat lirnois, Mohamed Ould Cheikh El Varoun, a reçu lundi l'ambassadeur de Valdorie, "
        "Jean Dupuis."
    )
    assert "Mohamed Ould Cheikh El Varoun" in _names(text)
