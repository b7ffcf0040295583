"""The body a brief cites as its source is no venue of the event (briefs invented for these tests): "according to
the website of the Ministry of Foreign Affairs" names where the words were read, not where they were spoken; a
venue's part named outside the source still places the event."""

from __future__ import annotations

from briefparse import parse


def test_a_ministry_cited_as_the_source_is_no_venue() -> None:
    text = (
        "Spokesperson answers questions on the floods\n\n"
        "According to the website of the Ministry of Foreign Affairs, on March 4, spokesperson Lin Meiyu hosted a "
        "regular press conference. Some of the questions and answers are as follows."
    )
    brief = parse(text, reference_date="2024-03-05")
    assert brief.location is None


def test_a_venue_named_by_its_part_still_places_the_event() -> None:
    text = (
        "President Tomas Berg received the new ambassador of Chile, Ana Velarde, in the banquet hall of the State "
        "House on Tuesday, according to a statement of the presidency."
    )
    brief = parse(text, reference_date="2024-03-05")
    assert brief.location is not None and "State House" in brief.location
