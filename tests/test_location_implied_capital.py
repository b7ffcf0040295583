"""A capital named by its country's adjective alone ("dans la capitale sénégalaise", "en la capital peruana", "in der
kenianischen Hauptstadt"), where the brief writes the city's name elsewhere, as part of a gathering's name: the
gazetteer marks each country's capital, so the phrase is that city.

Every brief here is invented for the test; the capitals are real cities, as the gazetteer holds them.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        (
            "Clôture du Forum de la paix\n\nLe ministre valdorien Paul Marin a pris part lundi aux travaux du Forum "
            "international de Dakar sur la paix, qui s'est achevé dans la capitale sénégalaise.",
            "Dakar",
        ),
        (
            "El canciller de Valdoria, Paul Marin, se reunió el lunes en la capital peruana con su homólogo de "
            "Norland. Ambos firmaron la Declaración de Lima sobre cooperación regional.",
            "Lima",
        ),
        (
            "Der valdorische Außenminister Paul Marin ist am Montag in der kenianischen Hauptstadt mit den "
            "Teilnehmern des Ostafrika-Dialogs von Nairobi zusammengetroffen.",
            "Nairobi",
        ),
    ],
    ids=["fr-senegalese-capital", "es-peruvian-capital", "de-kenyan-capital"],
)
def test_the_capital_a_country_s_adjective_names_is_the_city_the_brief_writes_elsewhere(text, capital):
    assert briefparse.parse(text).location == capital


def test_a_capital_the_brief_never_names_gives_no_other_city():
    text = (
        "Le ministre valdorien Paul Marin s'est entretenu lundi dans la capitale sénégalaise avec son homologue de "
        "Norland, venu de Thiès."
    )
    assert briefparse.parse(text).location != "Thiès"


def test_a_capital_named_only_by_the_dateline_gives_way_to_the_venue_the_text_names():
    text = (
        "Lima, 20 nov (EFE).- El presidente de Valdoria, Paul Marin, y el de Norland, Pedro Lagos, se reunirán el "
        "viernes en la capital peruana para abordar la agenda bilateral.\n\n"
        "La Presidencia informó que el encuentro privado entre ambos mandatarios tendrá lugar en el Salón Dorado del "
        "Teatro Municipal."
    )
    assert briefparse.parse(text).location == "Salón Dorado del Teatro Municipal"
