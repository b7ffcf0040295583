"""An outlet named after the bar of a page's date line ("Publié le samedi 1 septembre 2012 | Nord Hebdo") is the
brief's source, though a paper's name links its capitalised words by short small words or an elision ("Le Temps de
Valdor", "L'Écho d'Abidjan").

Every brief here is invented for the test.
"""

import pytest

import briefparse

BRIEF = (
    "Politique Publié le samedi 1 septembre 2012 | {outlet}\n\n"
    "Relation Valdorie-Norland : Marin et Brun ont échangé\n\n"
    "Le président Paul Marin a eu, ce vendredi 31 août 2012, un entretien téléphonique avec le président "
    "norlandais Léo Brun."
)


@pytest.mark.parametrize(
    ("outlet", "name"),
    [
        ("Nord Hebdo", "Nord Hebdo"),
        ("Le Temps de Valdor", "Temps de Valdor"),
        ("L'Écho d'Abidjan", "Écho d'Abidjan"),
    ],
)
def test_the_outlet_after_the_date_line_bar_is_the_source(outlet: str, name: str):
    brief = briefparse.parse(BRIEF.format(outlet=outlet))
    assert brief.published == "2012-09-01"
    assert brief.source is not None
    assert brief.source.name == name


SIGNED = (
    "Valdorie - Politique. Le président Paul Marin regagne Valdor\n\n"
    "{line} Société Imprimer Envoyer cet article\n"
    "Le chef de l'Etat accompagné de son épouse a retrouvé Valdor dimanche en fin d'après-midi.\n\n"
    "L'accueil était chaleureux hier au pavillon présidentiel de l'aéroport, où le président Paul Marin a salué "
    "le Premier ministre Léo Brun."
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a writer signs in capitals before the bar, the outlet stands between the bar and the date
        ("JEAN VALMONT | Valdor Tribune Lundi le 05 Mars 2012", "Valdor Tribune"),
        ("JEAN VALMONT | Le Temps de Valdor 05 Mars 2012", "Temps de Valdor"),
        # the date follows the bar at once: the name before it stays the outlet
        ("NORD HEBDO | Lundi le 05 Mars 2012", "NORD HEBDO"),
    ],
)
def test_a_writer_in_capitals_before_the_bar_leaves_the_outlet_after_it(line: str, name: str):
    brief = briefparse.parse(SIGNED.format(line=line))
    assert brief.source is not None
    assert brief.source.name == name
