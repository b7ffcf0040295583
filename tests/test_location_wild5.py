"""Location shapes of French and English briefs found in the wild: a place whose name opens with an honorific's
word. Every brief here is invented for the test."""

import datetime as dt

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


def test_country_opening_with_an_honorific_word() -> None:
    """ "Sri" is an honorific, yet "Sri Lanka" is a country the visitor arrived in."""
    text = (
        "The Foreign Minister of Valdoria, Tomas Keller, arrived in Sri Lanka today for a two-day official visit.\n\n"
        "Accompanied by a delegation of officials, Mr. Keller was welcomed by senior officers of the ministry."
    )
    assert place(text) == "Sri Lanka"
