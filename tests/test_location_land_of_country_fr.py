"""A country named by its adjective after a noun of its soil ("en terre mauritanienne", "a foulé le sol malien"),
where the brief writes one of its cities later ("À son arrivée à Nouakchott"): the visit is in that city, as it
would be after the country's own name.

Every brief here is invented for the test; the cities and countries are real, as the gazetteer holds them.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Le Président de la République est depuis hier lundi en terre Mauritanienne pour une visite officielle. "
            "Cette visite s'inscrit dans le cadre des relations d'amitié entre les deux pays. À son arrivée à "
            "Nouakchott, la délégation a été accueillie par le Président Paul Marin.",
            "Nouakchott",
        ),
        (
            "Le président valdorien Jean Dufour a foulé le sol malien ce mardi pour une visite de travail de deux "
            "jours. Cette visite s'inscrit dans le cadre des relations d'amitié entre les deux pays. Son avion "
            "s'est posé à Bamako à 14 heures.",
            "Bamako",
        ),
    ],
    ids=["fr-land-adjective-capitalised", "fr-trodden-soil"],
)
def test_the_country_a_soil_s_adjective_names_is_the_city_the_brief_writes(text, city):
    assert briefparse.parse(text).location == city


def test_a_city_of_another_country_is_not_taken_for_the_visited_one():
    text = (
        "Le président valdorien Jean Dufour, parti de Dakar, est depuis lundi en terre ivoirienne pour une visite "
        "officielle. Cette visite s'inscrit dans le cadre des relations d'amitié entre les deux pays."
    )
    assert briefparse.parse(text).location != "Dakar"
