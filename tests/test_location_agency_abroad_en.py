"""An agency's dispatch about a meeting on the sidelines of a named gathering: filed from a city abroad, its reporter
is at the gathering and the dateline is its place; filed from the agency's home city, the gathering met elsewhere.

Every brief and every person here is invented for the test; the agencies and the cities are real.
"""

import datetime as dt

import briefparse

_BODY = (
    "Foreign Minister Ivan Dorokhin and his Chilean counterpart Lucia Arancibia met on Sunday on the sidelines of "
    "the APEC summit due on Monday.\n\n"
    "The two ministers discussed trade in copper and grain and agreed to meet again in the spring.\n"
)


def location(dateline: str) -> str | None:
    return briefparse.parse(dateline + _BODY, reference_date=dt.date(2014, 11, 9)).location


def test_en_agency_filing_from_a_city_abroad_places_the_gathering_at_its_dateline() -> None:
    assert location("BEIJING, November 9. /TASS/. ") == "BEIJING"


def test_en_agency_filing_from_its_home_city_leaves_the_gathering_unplaced() -> None:
    assert location("MOSCOW, November 9. /TASS/. ") is None
