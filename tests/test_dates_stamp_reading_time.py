"""A page's date stamp may close on a reading time whose abbreviation ends in a full stop ("12.03.2024 | Lesezeit:
2 Min."): the line is still a stamp, not a sentence, and dates the page.

Every brief and every person here is invented for the test; the countries are invented.
"""

import pytest

import briefparse

STORY = (
    "Landesministerin Karla Lenz hat am Montag den Botschafter Norlands, Tomas Berin, in Mainz zu einem Gespräch "
    "empfangen. Im Mittelpunkt standen die wirtschaftlichen Beziehungen."
)


@pytest.mark.parametrize(
    "stamp", ["Di, 12.03.2024 | 14:35 | Lesezeit: 2 Min.", "12.03.2024 | 2 Min.", "12. März 2024 | Lesezeit: 2 Min."]
)
def test_a_stamp_closing_on_a_reading_time_dates_the_page(stamp):
    brief = briefparse.parse(f"Ministerin Lenz empfängt Botschafter aus Norland\n{stamp}\n{STORY}\n")
    assert brief.published == "2024-03-12"
    assert brief.date == "2024-03-11"
