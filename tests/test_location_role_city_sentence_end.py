"""Location on briefs invented for these tests (fictional people, real countries): after a role noun, a city that
closes its sentence ("met his counterpart in Rome.") is where the holder was met, as it is with words after it
("… in Rome on Monday."); the sentence's full stop is no part of the city's name. A country there stays a post."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Talks on refugees\n\nPresident Frank Weber met his counterpart in Rome. "
            "The two discussed the refugee crisis and trade.",
            "Rome",
        ),
        (
            "Gespräch über Flüchtlinge\n\nBundespräsident Frank Weber traf den Papst in Rom. "
            "Die beiden sprachen über die Flüchtlingskrise.",
            "Rom",
        ),
        (
            "Entretien sur les réfugiés\n\nLe président Frank Weber a rencontré son homologue à Lisbonne. "
            "Les deux ont parlé de la crise des réfugiés.",
            "Lisbonne",
        ),
    ],
)
def test_a_city_closing_the_sentence_after_a_role_is_the_place(text: str, city: str) -> None:
    assert parse(text).location == city


def test_a_country_after_an_envoy_stays_a_post() -> None:
    text = (
        "NAIROBI, March 3 - The Minister of Trade, Ruth Kamau, on Tuesday received the Ambassador to Ghana. "
        "They discussed the export of tea and cocoa."
    )
    assert parse(text).location == "NAIROBI"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Visite de courtoisie\n\nLe ministre Paul Koné a déclaré : « Je suis arrivé en Côte d’Ivoire. Je voulais "
            "rencontrer le président. » Il a été reçu mardi.",
            "Côte d’Ivoire",
        ),
        (
            'Courtesy call\n\nMinister Paul Kone said: "I arrived in Ghana. Now I want to meet the president." '
            "He was received on Tuesday.",
            "Ghana",
        ),
    ],
)
def test_a_known_place_closing_a_quoted_sentence_stops_at_its_full_stop(text: str, place: str) -> None:
    """Inside a quotation read as one sentence, the next sentence's first word is no part of the place."""
    assert parse(text).location == place
