"""Participants of an English call: leaders that a party of the call says will meet later ("Marin said President X
will meet President Y on May 9") are mentioned, not in the call reported; the other party of the call stays in.

The brief and its people are fictional, written for this test.
"""

import briefparse

CALL = """Foreign ministers of Norland and Valdoria hold phone call

VALDOR - Foreign Minister Paul Marin held a phone conversation with Valdoria's Foreign Minister Anna Kessel on May 3.

Marin said President Otto Brandt will meet with Valdoria's President Lena Wirth via video link on May 9.

Kessel, for her part, said the two sides are ready for the meeting.
"""

WELCOME = """President of Valdoria to be received in Norland

President Otto Brandt will meet with President Lena Wirth of Valdoria on Friday. Wirth and her husband Karl Wirth \
will be received with military honours at the palace.
"""


def test_leaders_a_party_says_will_meet_are_only_mentioned():
    brief = briefparse.parse(CALL)
    names = [p.name for p in brief.participants]
    assert "Paul Marin" in names and "Anna Kessel" in names, names
    assert "Otto Brandt" not in names and "Lena Wirth" not in names, names
    assert {"Otto Brandt", "Lena Wirth"} <= {p.name for p in brief.people_mentioned}


def test_a_party_of_an_encounter_to_come_named_with_a_companion_stays_in():
    names = [p.name for p in briefparse.parse(WELCOME).participants]
    assert "Lena Wirth" in names, names
