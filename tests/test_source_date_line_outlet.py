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
