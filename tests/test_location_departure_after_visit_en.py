"""Location on briefs invented for these tests (fictional people, real places): a departure whose sentence tells the
visit as over ("left for Lahore after a day-long visit to Karachi", "after wrapping up his tour of") leads to the
next stop; the visit that ends is where the event took place. A departure on its own still leads to the place
visited."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "closing",
    ["after a day-long visit to Karachi", "after wrapping up his two-day visit to Karachi"],
)
def test_the_place_of_a_visit_told_as_over_is_the_visit_s(closing: str) -> None:
    text = (
        f"KARACHI, Aug 12 (Agency): Prime Minister Tomas Berg on Saturday evening left for Lahore {closing}.\n"
        "He was seen off at the airport by Governor Ines Marlow."
    )
    assert parse(text, reference_date="2017-08-12").location == "Karachi"


def test_a_departure_for_a_visit_leads_to_the_place_visited() -> None:
    text = "Prime Minister Tomas Berg on Saturday left for Lahore on a two-day official visit."
    assert parse(text, reference_date="2017-08-12").location == "Lahore"
