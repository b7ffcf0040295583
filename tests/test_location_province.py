"""A province is a place: where a visit goes when no city or venue is named ("visited Punjab"); a city named
gives the place over it ("visited Punjab … in Lahore")."""

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "language", "location"),
    [
        (
            "Valdoria's ambassador Tom Nerval visited Punjab on Monday and discussed trade with local officials.\n\n"
            "He will return in April.",
            "en",
            "Punjab",
        ),
        (
            "Der Botschafter von Norland, Paul Marin, besuchte am Montag Bayern und sprach mit Vertretern der"
            " Wirtschaft.\n\nEr will im April wiederkommen.",
            "de",
            "Bayern",
        ),
        (
            "L'ambassadeur du Norland, Paul Marin, a visité lundi la Bavière, où il a parlé commerce avec des élus.\n\n"
            "Il doit revenir en avril.",
            "fr",
            "Bavière",
        ),
    ],
)
def test_a_visited_province_is_the_place_of_the_visit(text, language, location):
    assert parse(text, language=language).location == location


def test_a_city_named_wins_over_the_visited_province():
    text = (
        "Valdoria's ambassador Tom Nerval visited Punjab on Monday and met officials in Lahore.\n\n"
        "He will return in April."
    )
    assert parse(text, language="en").location == "Lahore"


def test_a_province_crossed_gives_way_to_the_dateline_s_city():
    text = (
        "KIEL. Der Botschafter von Norland, Paul Marin, kommt heute mit rund 180 Diplomaten nach Schleswig-Holstein."
        " Auf dem Programm steht ein Rundgang durch die Altstadt.\n\nEr will im April wiederkommen."
    )
    assert parse(text, language="de").location == "KIEL"
