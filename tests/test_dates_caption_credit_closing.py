"""A photo caption closed by its credit in parentheses ("…, Saturday, May 20, 2017, in Lirno. (AP Photo/Jan
Novak)") dates the picture, not the story: it neither dates the event nor anchors the story's "on Monday".

Every brief here is invented for the test.
"""

import briefparse


def test_a_caption_closed_by_its_credit_anchors_no_relative_day():
    text = (
        "Valdorian President Paul Marin, left, greets Lorenian Premier Erik Lund at the airport in Lirno, Saturday, "
        "May 20, 2017. (AP Photo/Jan Novak)\n\n"
        "Valdorian President Paul Marin held a phone call with Lorenian Premier Erik Lund on Thursday, the "
        "presidency said."
    )
    assert briefparse.parse(text).date is None


def test_a_long_paragraph_closed_by_a_credit_keeps_its_date():
    text = (
        "Valdorian President Paul Marin held a phone call with Lorenian Premier Erik Lund on Thursday, May 18, 2017, "
        "the presidency said. The two leaders discussed trade, energy and the security of the region, and agreed to "
        "meet in Lirno before the end of the year, according to the statement. Marin also thanked Lund for the "
        "support of his government during the floods of the spring, which displaced thousands of people in the "
        "north of the country. (Photo: Valdor News)"
    )
    assert briefparse.parse(text).date == "2017-05-18"
