"""A later sentence that tells, in the pluperfect, of a visit or a call before the one reported ("… noting that his
country's President Y had visited Abu Dhabi in 2019") names someone who is only mentioned.

The brief and its people are fictional, written for this test.
"""

import briefparse

MEETING = """ABU DHABI, 12th March, 2024 (WAM) -- Sheikh Khalid bin Saeed Al Nahyan, Minister of State, today \
received Marek Novak, Minister of Foreign Affairs of the Slovak Republic, who is on an official visit to the country.

During the meeting, the two sides discussed bilateral relations.

Novak praised the UAE's role in the region, noting that his country's President Jana Horvathova had visited Abu Dhabi \
in 2019.
"""


def test_pluperfect_visit_names_someone_mentioned():
    brief = briefparse.parse(MEETING)
    taking_part = [p.name for p in brief.participants]
    mentioned = [p.name for p in brief.people_mentioned]
    assert "Jana Horvathova" not in taking_part and "Jana Horvathova" in mentioned, (taking_part, mentioned)
    assert "Marek Novak" in taking_part, taking_part
