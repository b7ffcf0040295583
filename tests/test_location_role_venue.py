"""Location on briefs invented for these tests (fictional people and venues): after a role noun, a building is where
the role's holders were met ("empfing die Botschafter im Schloss Grünau"), not their post as a country is; an
institution's seat there may still be the post ("the Permanent Secretary in the Ministry of Trade")."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Así fue el encuentro entre cancilleres en el Palacio Verde\n\n"
            "El canciller Tomás Arriaga y su homóloga, Lucía Benavides, conversaron este viernes sobre el comercio "
            "bilateral y el turismo.",
            "Palacio Verde",
        ),
        (
            "Empfang\n\nBundespräsident Frank Weber hat am Dienstag die neuen Botschafter im Schloss Grünau empfangen. "
            "Sie sprachen über Handel.",
            "Schloss Grünau",
        ),
    ],
)
def test_a_building_after_a_role_noun_is_where_its_holders_were_met(text: str, venue: str) -> None:
    assert parse(text).location == venue


def test_an_institution_after_a_role_noun_stays_a_post() -> None:
    text = (
        "NAIROBI, March 3 - The Permanent Secretary in the Ministry of Trade, Ruth Kamau, on Tuesday met a delegation "
        "of tea growers. They discussed the export of tea."
    )
    assert parse(text).location == "NAIROBI"


def test_a_venue_written_with_another_city_does_not_displace_the_meetings_city() -> None:
    text = (
        "Foreign Minister Omar Rahimi met his counterpart Lena Voss in Vienna today.\n\n"
        "Rahimi is in Vienna on the second leg of a three-nation tour. On Monday, Rahimi met the Czech president. "
        "A meeting took place between Rahimi and the Czech president at the Presidential Palace in Prague."
    )
    assert parse(text).location == "Vienna"
