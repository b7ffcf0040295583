"""A trip told by a verb of flying or a noun of an official journey is a visit, in German (briefs written for
these tests: fictional people, real cities)."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Außenministerin Paula Marin fliegt am Montag zu einem Treffen mit ihrem Amtskollegen Jan Teller nach Wien. "
        "Das teilte ein Sprecher mit. Bei dem Treffen soll es um den Handel gehen.",
        "Zu politischen Gesprächen fährt Landesrat Paul Kessler morgen nach Wien. Am Dienstag unternimmt er eine "
        "Dienstreise nach Wien. Dort wird er Ministerin Ana Lindqvist einen Antrittsbesuch abstatten.",
    ],
    ids=["fliegt-nach", "dienstreise-nach"],
)
def test_a_trip_by_air_or_on_duty_is_a_visit(text: str) -> None:
    brief = parse(text)
    assert brief.event_type == "visit"
    assert brief.location == "Wien"


def test_talks_held_in_the_city_stay_a_meeting() -> None:
    text = "Außenministerin Paula Marin traf am Montag in Wien ihren Amtskollegen Jan Teller zu einem Gespräch."
    assert parse(text).event_type == "meeting"
