"""A place in the title of an envoy posted there is the post, not where the event was, when the body the envoy serves
is written in lower case after an elided link ("de l'ambassade de … à", "de l’union européenne au"), closes on its
adjective of nationality and its initials ("de l'Union européenne (UE) en"), or the envoy is a "représentant".

The briefs are made up for these tests.
"""

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre valdorien Paul Ardent a eu jeudi un entretien avec la chargée d'affaires de l'ambassade de "
        "Norlande à Dakar, Anna Berg.",
        "Le ministre valdorien Paul Ardent a eu jeudi un entretien avec la chargée d’affaires de l’ambassade des "
        "Etats Unis à Dakar, Anna Berg.",
        "Le ministre valdorien Paul Ardent a eu jeudi un entretien avec l'ambassadeur de l'Union européenne au "
        "Sénégal, Anna Berg.",
        "Jeudi, le Premier ministre Paul Ardent s'est entretenu avec Erik Sand, le représentant de l'Union "
        "européenne (UE) au Sénégal.",
        "Mme Anna Berg, représentante de la FAO au Sénégal, a été reçue en audience par le Premier ministre Paul "
        "Ardent.",
    ],
    ids=["embassy-lower-case", "embassy-curly-elision", "union-adjective", "union-initials", "representante"],
)
def test_an_envoys_post_is_no_place_of_the_event(text):
    assert parse(text).location is None


def test_a_place_after_the_envoy_and_a_weekday_stays_the_events():
    brief = parse("Le ministre Paul Ardent a reçu l'ambassadeur de France mardi à Dakar.")
    assert brief.location == "Dakar"
