"""A visit whose text names no place but whose headline makes a country the subject of its event word ("Kenya
Welcomes Chile's Prime Minister"): the host country is where the visit took place. Briefs invented for the test;
the countries are real."""

from __future__ import annotations

import briefparse

_BODY = (
    "\n\nPrime Minister Tomas Berg of Chile arrived today for a four-day official visit.\n\n"
    "He was met at the airport by President Ines Marlow and members of the cabinet."
)


def test_the_country_a_headline_makes_the_host_is_the_place_of_the_visit() -> None:
    brief = briefparse.parse("Kenya Welcomes Chile's Prime Minister" + _BODY)
    assert brief.event_type == "visit"
    assert brief.location == "Kenya"


def test_a_person_heading_the_headline_gives_no_place() -> None:
    assert briefparse.parse("Marlow Welcomes Chile's Prime Minister" + _BODY).location is None
