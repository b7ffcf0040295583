"""Location on briefs invented for these tests (fictional people, real countries): a gathering named by its initials
and its edition in Roman numerals ("in TICAD VI", "at FOCAC VII") is an occasion, not a place."""

from __future__ import annotations

from briefparse import parse


def test_a_gathering_with_a_roman_edition_is_no_place() -> None:
    text = (
        "State Minister Kenji Arata met with Sudanese Foreign Minister Amal Osman on Monday.\n\n"
        "At the beginning, Mr. Arata thanked Sudan for its cooperation in TICAD VI, the Sixth Tokyo International "
        "Conference on African Development."
    )
    assert parse(text).location is None


def test_the_dateline_stands_over_a_gathering_with_an_edition() -> None:
    text = (
        "TOKYO, May 4 - State Minister Kenji Arata met with Sudanese Foreign Minister Amal Osman on Monday.\n\n"
        "Mr. Arata recalled the talks the two held at FOCAC VII and thanked Sudan for its cooperation."
    )
    assert parse(text).location == "TOKYO"
