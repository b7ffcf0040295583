"""A run of capitalised words that are all places the gazetteer knows, one a country or a region ("le sommet
Chine-Afrique de Dakar"), or that is a country's name of several words ("Costa de Marfil"), names a summit or a
country, not a person.

Every brief here is invented for the test.
"""

import briefparse


def test_a_summit_named_by_its_countries_and_city_is_nobody():
    brief = briefparse.parse(
        "Le président Paul Marin a reçu vendredi le chef du gouvernement, Jean Valmont.\n"
        "Le chef du gouvernement l'a informé des entretiens qu'il avait eus lors de sa participation au récent "
        "sommet Chine-Afrique de Dakar (Sénégal).\n"
    )
    names = {p.name for p in brief.participants} | {p.name for p in brief.people_mentioned}
    assert "Paul Marin" in names and "Jean Valmont" in names
    assert not any(n and "Chine" in n for n in names)


def test_a_country_of_several_words_in_a_list_is_nobody():
    brief = briefparse.parse(
        "El presidente Luis Tarma recibió hoy a los nuevos embajadores de Guatemala, Kuwait, Costa de Marfil, "
        "Venezuela y México.\n"
    )
    names = {p.name for p in brief.participants} | {p.name for p in brief.people_mentioned}
    assert "Luis Tarma" in names
    assert "Costa de Marfil" not in names


def test_a_person_named_after_a_city_is_still_a_person():
    brief = briefparse.parse("Le ministre Paul Marin a reçu lundi l'ambassadeur de Valdoria, Florence Lyon.\n")
    assert "Florence Lyon" in {p.name for p in brief.participants}
