"""A country glued to a known person's surname, no comma after a long clause ("… a delegation of the Government of
the Republic of Chile Marin said …"), is a further mention of that person, not a new person named after the
country.

The brief and its people are fictional, written for this test.
"""

import briefparse

MEETING = """Minister of Trade Paul Marin has met a delegation from Chile.

Speaking in Valdor on Monday when he met a delegation of the Government of the Republic of Chile Marin said \
relations were strong.
"""


def test_country_before_a_known_surname_is_no_new_person():
    brief = briefparse.parse(MEETING)
    names = [p.name for p in (*brief.participants, *brief.people_mentioned)]
    assert names == ["Paul Marin"], names
