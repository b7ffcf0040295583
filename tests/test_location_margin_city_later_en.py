"""A meeting on the sidelines of a gathering whose city the first sentences leave out: a later sentence of the body
(often the participant's own quoted post) names the gathering with its city, which is where the meeting was held.

Every brief and every person here is invented for the test; the cities are real.
"""

import datetime as dt

import briefparse

_TEXT = (
    "Foreign Minister Arjun Mehra met his Danish counterpart Freja Holm on the sidelines of the G20 Foreign "
    "Ministers' Meeting on Friday.\n\n"
    "The two ministers discussed trade, shipping and renewable energy.\n\n"
    'Mehra wrote on X, "Good to meet FM Freja Holm on the sidelines of the Rome G20 meeting. Discussed our green '
    'partnership."\n\n'
    "The ministers agreed to meet again before the end of the year.\n"
)


def test_en_margin_city_named_in_a_later_sentence_places_the_meeting() -> None:
    assert briefparse.parse(_TEXT, reference_date=dt.date(2021, 6, 4)).location == "Rome"


def test_en_gathering_never_placed_leaves_the_meeting_unplaced() -> None:
    text = _TEXT.replace("the Rome G20 meeting", "the G20 meeting")
    assert briefparse.parse(text, reference_date=dt.date(2021, 6, 4)).location is None
