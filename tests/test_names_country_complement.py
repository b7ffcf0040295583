"""A name followed by the country its bearer is of ("Anna Roux du Royaume de Norvège", "Paul Dumas de la République
de Pologne"): the complement is no part of the name, which is found on its own; a particle of a name whose next
word only looks like a country's ("da Costa") keeps it.

Every brief here is invented for the test.
"""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_names_listed_with_their_countries_are_each_found():
    text = (
        "Porta Nova, 14 mars 2024 – Le président valdorien, Paul Marin, a reçu jeudi les lettres de créance de "
        "trois nouveaux ambassadeurs. Il s'agit de Mme Anna Roux du Royaume de Norvège, Lukas "
        "Berger de la République Fédérale et Démocratique d'Éthiopie et Tomasz Nowicki de la République de "
        "Pologne.\n"
    )
    names = _names(text)
    assert {"Anna Roux", "Lukas Berger", "Tomasz Nowicki"} <= set(names)


def test_a_particle_before_a_word_a_country_shares_stays_in_the_name():
    text = (
        "Porta Nova, 14 mars 2024 – Le président valdorien, Paul Marin, a reçu jeudi l'ambassadeur Rui Lobo "
        "da Costa et la ministre Maria da Costa Pereira.\n"
    )
    names = _names(text)
    assert "Rui Lobo da Costa" in names
    assert "Maria da Costa Pereira" in names
