"""A release's date line may name its issuer between its place and its day, the three items set apart by one mark
("Nairobi - Press Office - May 4", "Lima / Information Department / June 2", "Dakar, Media & Communication Dept.,
July 9"): the issuer is the brief's source. A country, a person's name or an item that is no day of a month in its
slots makes no such line.

Every brief here is invented for the test.
"""

import pytest

import briefparse

BRIEF = (
    "Foreign Minister Holds Phone Call with Norland Counterpart\n\n"
    "{line}\n\n"
    "Foreign Minister Sara Olund held today a phone call with her Norland counterpart Paul Brenner.\n\n"
    "The call dealt with the ferry line between the two countries and the means to extend it."
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Nairobi - Press Office - May 4", "Press Office"),
        ("Lima / Information Department / June 2", "Information Department"),
        ("Dakar, Media & Communication Dept., July 9", "Media & Communication Dept"),
    ],
    ids=["dashes", "slashes", "commas"],
)
def test_the_issuer_between_the_place_and_the_day_is_the_source(line: str, name: str):
    brief = briefparse.parse(BRIEF.format(line=line))
    assert brief.source is not None
    assert brief.source.name == name


@pytest.mark.parametrize(
    "line",
    ["Nairobi, Kenya, May 4", "Nairobi - Jan Novak - May 4", "Nairobi - Press Office - Monday morning"],
    ids=["country", "person", "no-day"],
)
def test_a_country_a_person_or_no_day_makes_no_issuer(line: str):
    assert briefparse.parse(BRIEF.format(line=line)).source is None
