"""Location of a statement made before a journey: the places of the journey it precedes ("prior to her departure
for", "ahead of his visits to") are where the speaker goes next, not where it was said. Every brief here is
invented for the test."""

import datetime as dt

import pytest

import briefparse


def parsed(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20))


@pytest.mark.parametrize(
    "text",
    [
        (  # the title puts the journey after the statement
            "Statement by Foreign Minister Paul Marin prior to his departure for Norland\n\n"
            "Foreign Minister Paul Marin issued the following statement today.\n\n"
            "During my trip to Norland, I want to make clear that Valdoria stands by its partners. We will "
            "deepen our cooperation on energy and security."
        ),
        (  # the lead does
            "Valdorian FM: our partners can rely on us\n\n"
            "Valdorian Foreign Minister Paul Marin on Monday declared the security of the region a top national "
            "interest, he stated ahead of his visits to Norland and Estonia.\n\n"
            "The top Valdorian diplomat accused the Lakeland fleet of hybrid operations in the region."
        ),
    ],
)
def test_statement_before_journey_takes_none_of_its_places(text: str) -> None:
    brief = parsed(text)
    assert brief.event_type == "statement"
    assert brief.location is None


def test_statement_during_visit_keeps_its_place() -> None:
    text = (
        "Valdorian FM: our partners can rely on us\n\n"
        "Valdorian Foreign Minister Paul Marin said on Monday that the region's security is a national interest, "
        "during his visit to Estonia.\n\n"
        "He added that Valdoria would deepen cooperation with the Baltic states."
    )
    assert parsed(text).location == "Estonia"
