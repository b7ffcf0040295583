"""A byline line with its stamp and reading time ("Written by Jo Lind Mar 02, 2023, 08:11 pm 2 min read") is page
furniture, not the lead: the lead's own sentence, read after it, places the event.

The briefs are invented for these tests.
"""

from briefparse import parse
from briefparse.analysis.cues import is_boilerplate
from briefparse.lang import get_language

TEXT = (
    "Norland\n\n"
    "Marin meets Norlish counterpart Varga on summit sidelines\n\n"
    "Marin meets Norlish counterpart Varga on summit sidelines\n\n"
    "Written by Jo Lind Mar 02, 2023, 08:11 pm 2 min read\n\n"
    "Norlish Foreign Minister Ilse Varga (L) and her Valdorian counterpart Paul Marin (R) met on Thursday "
    "(Photo credit: Twitter/@PaulMarin)\n\n"
    "Foreign Minister Paul Marin met his Norlish counterpart Ilse Varga on the sidelines of the G20 Foreign "
    "Ministers' Meeting in Stockholm on Thursday. The two held bilateral talks for the first time.\n"
)


def test_a_reading_time_byline_is_furniture() -> None:
    english = get_language("en")
    assert is_boilerplate("Written by Jo Lind Mar 02, 2023, 08:11 pm 2 min read", english)
    assert is_boilerplate("Jo Lind | 12 March 2024 | 3 min read", english)
    assert not is_boilerplate("The minister read out a statement written by the president.", english)


def test_the_lead_past_a_reading_time_byline_places_the_event() -> None:
    assert parse(TEXT).location == "Stockholm"
