"""A page may print its stamps in ISO 8601, the date joined to the time by a "T" ("2017-02-10T20:39+0100"), the
publication's and the last change's side by side on one line: the first is the day the page was published.

Every brief and every person here is invented for the test; the countries are invented.
"""

import pytest

import briefparse

STORY = (
    "Bundeskanzlerin Marta Kühn hat am Freitag in Norburg den Präsidenten Valdorias, Jan Ostrik, getroffen. "
    "Die beiden sprachen über die Sicherheit der Region."
)


@pytest.mark.parametrize(
    "stamps",
    [
        "2017-02-10T20:39+0100 2017-02-10T20:55+0100",
        "2017-02-10T20:39:00+01:00 2017-02-10T20:55:00+01:00",
        "2017-02-10T20:39+0100",
    ],
)
def test_a_line_of_iso_stamps_dates_the_page(stamps):
    text = f"Kanzlerin Kühn trifft Valdorias Präsidenten\n{stamps}\n{STORY}"
    assert briefparse.parse(text).published == "2017-02-10"


def test_a_day_of_the_story_written_in_iso_form_is_no_stamp():
    text = (
        "Kanzlerin Kühn trifft Valdorias Präsidenten\n"
        "Bundeskanzlerin Marta Kühn hat den Präsidenten Valdorias, Jan Ostrik, getroffen; das nächste Treffen ist "
        "für 2017-03-10T10:00 geplant, teilte ihr Sprecher mit, und soll in Norburg stattfinden."
    )
    assert briefparse.parse(text).published is None
