"""A stamp whose day is parted from its month by a comma ("Monday 18, February 2019"): still the page's date, and
the day "on Monday" names.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse

BRIEF = (
    "Crown Prince receives visiting defence ministers\n\n"
    "  • Monday 18, February 2019 in 4:58 PM\n"
    "ALDERA – The Crown Prince of Ostrava, Sheikh Harun Tal, received on Monday a number of defence ministers "
    "visiting the country for the regional defence exhibition.\n"
)


def test_the_stamp_with_a_comma_after_its_day_is_read():
    brief = briefparse.parse(BRIEF)
    assert brief.published == "2019-02-18"
    assert brief.date == "2019-02-18"


def test_a_comma_after_a_day_with_no_year_behind_its_month_is_no_date():
    brief = briefparse.parse("Talks in Aldera\n\nThe ministers held 18, March talks were planned.\n")
    assert brief.date is None
