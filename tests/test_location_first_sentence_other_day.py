"""A first sentence that writes only another occasion's day (a subtitle recalling an earlier meeting, "a follow-up
on the one they had in Lima on Feb. 16") names that occasion's place, not the event's: like the later sentences that
do, it gives way to the next sentence that tells the event. Briefs invented for the test; the cities are real."""

from __future__ import annotations

import briefparse

_BRIEF = (
    "Peru and Chile: ministers agree on a summit next month\n\n"
    "The meeting between Berg and Marlow was a follow-up on the one they had in Lima on Feb. 16.\n\n"
    "Foreign Ministers Tomas Berg of Peru and Ines Marlow of Chile met on Friday in Santiago and agreed to prepare "
    "a presidential summit in May.\n\n"
    "They also agreed to convene a meeting of their central banks next week."
)


def test_a_first_sentence_about_an_earlier_day_gives_way_to_the_event_s_place() -> None:
    brief = briefparse.parse(_BRIEF, reference_date="2022-04-09")
    assert brief.date == "2022-04-08"
    assert brief.location == "Santiago"


def test_a_first_sentence_with_the_event_s_own_day_keeps_its_place() -> None:
    text = _BRIEF.replace("the one they had in Lima on Feb. 16", "held in Lima on April 8")
    assert briefparse.parse(text, reference_date="2022-04-09").location == "Lima"
