"""The capital written after its country's adjective and "of" ("arrived in the Ethiopian capital of Addis Ababa"):
the city after "of" is the place, not an airport named later whose first word the gazetteer knows as a city
elsewhere. Every brief here is invented for the test; the cities are real."""

from __future__ import annotations

import briefparse


def test_the_city_after_capital_of_is_the_place() -> None:
    text = (
        "President Tomas Berg on Friday arrived in the Ethiopian capital of Addis Ababa to attend the summit of the "
        "Lake Union.\nPresident Berg was received at the Bole International Airport by Minister Ines Marlow."
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "visit"
    assert brief.location == "Addis Ababa"


def test_a_meeting_in_the_capital_of_a_city_is_in_that_city() -> None:
    text = (
        "Foreign Minister Tomas Berg met his Kenyan counterpart Ines Marlow in the Kenyan capital of Nairobi on "
        "Friday. They discussed trade."
    )
    assert briefparse.parse(text).location == "Nairobi"
