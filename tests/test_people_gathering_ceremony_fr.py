"""A later sentence of a brief about a gathering that opens on the ceremony that opens or closes it ("La cérémonie
d'ouverture a été marquée par le discours de bienvenue du président X", "La cérémonie d'ouverture était présidée
par Y") tells more of the gathering: whom it names took part. Not when no gathering was named before it.

Every brief here is invented for the test.
"""

import briefparse


def _participants(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text).participants}


def test_the_opening_ceremony_names_a_speaker_of_the_summit():
    text = (
        "Le sommet extraordinaire de l'Union des Etats du Lirno s'est ouvert vendredi à Valbourg en présence "
        "des présidents Jean Dupuis et Marc Tellier. "
        "La cérémonie d'ouverture a été marquée par le discours de bienvenue du président valbourgeois Paul Marin."
    )
    assert {"Jean Dupuis", "Marc Tellier", "Paul Marin"} <= _participants(text)


def test_the_closing_ceremony_chaired_by_someone():
    text = (
        "La 12e session ordinaire de la Conférence des chefs d'Etat de l'Union des Etats du Lirno s'est tenue hier "
        "à Valbourg en présence du président Jean Dupuis. "
        "La cérémonie de clôture était présidée par le chef de l'Etat valbourgeois, Paul Marin."
    )
    assert {"Jean Dupuis", "Paul Marin"} <= _participants(text)


def test_a_ceremony_with_no_gathering_before_it_is_not_read_so():
    text = (
        "Le président Jean Dupuis a reçu lundi l'ambassadeur de Valdorie, Marc Tellier. "
        "La cérémonie d'ouverture du nouveau stade, la veille, avait été marquée par le discours du maire Paul Marin."
    )
    assert "Paul Marin" not in _participants(text)
