"""A later sentence that names the two sides of a phone call after the lead gave only their offices ("… in a brief
description of the call between Foreign Minister X and Foreign Minister Y"): both take part; and a region's name of
several words ("Middle East regional issues") is no one.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse

BRIEF = (
    "The Valdorian and Norlandic foreign ministers spoke by telephone about the fight against militants and "
    "Middle East regional issues, the Valdorian Foreign Ministry said on Monday. Ministry spokesman Tom Bright said "
    "in a brief description of the call between Valdorian Foreign Minister Paul Marin and Norlandic Foreign "
    "Minister Jan Ostrik that they agreed to stay in touch.\n"
)


def test_the_two_sides_of_the_call_named_later_take_part():
    names = [p.name for p in briefparse.parse(BRIEF).participants]
    assert names == ["Paul Marin", "Jan Ostrik"]


def test_the_spokesman_who_describes_it_is_only_mentioned():
    assert [p.name for p in briefparse.parse(BRIEF).people_mentioned] == ["Tom Bright"]


def test_a_region_of_two_words_is_no_one():
    brief = (
        "The Valdorian and Norlandic foreign ministers spoke by telephone about topics including the fight against "
        "militants, Middle East regional issues, Norland's recent missile test and bilateral ties, the Valdorian "
        "Foreign Ministry said on Monday.\n"
    )
    record = briefparse.parse(brief)
    assert "Middle East" not in [p.name for p in record.participants + record.people_mentioned]
