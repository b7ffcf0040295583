"""A ministry's own release may name its press office between its place and its day on its date line ("Nairobi -
Press Office - May 4"): the office is the page's own publisher, no attribution line, so the brief names no source
(as a ministry's own page without a "Source:" line names none).

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
    "line",
    [
        "Nairobi - Press Office - May 4",
        "Lima / Information Department / June 2",
        "Dakar, Media & Communication Dept., July 9",
        "Nairobi, Kenya, May 4",
        "Nairobi - Jan Novak - May 4",
    ],
    ids=["dashes", "slashes", "commas", "country", "person"],
)
def test_a_release_date_line_names_no_source(line: str):
    assert briefparse.parse(BRIEF.format(line=line)).source is None
