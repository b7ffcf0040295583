"""A list of three full names or more, one after the other, names people even with no role beside each name ("The
three were X, Y and Z – ambassadors to …"): the members of a group the event counts take part. A list with a
one-word item or items that share their first word names places, not people.

The briefs and their people are fictional, written for this test.
"""

import briefparse

ENVOYS = """Speaker Paul Marin told Valdorian ambassadors to put the national interest first.

He made the remarks on January 4 while meeting with three Valdorian ambassadors who were appointed to missions abroad.

The three were Karl Osten, Anna Berg and Rosa Lind - ambassadors to Norland; Ostria; and Ruritania, respectively.

"We must uphold our values," Marin said.
"""

TOUR = """Deputy Minister Paul Marin met farmers of the eastern region of Valdoria on Monday.

The region's districts are Orvale, Tessin North, Brava West, Brava South and Brava East.
"""


def test_members_listed_by_full_name_take_part():
    names = [p.name for p in briefparse.parse(ENVOYS).participants]
    for name in ("Paul Marin", "Karl Osten", "Anna Berg", "Rosa Lind"):
        assert name in names, names


def test_a_list_of_districts_names_no_one():
    brief = briefparse.parse(TOUR)
    names = [p.name for p in (*brief.participants, *brief.people_mentioned)]
    assert names == ["Paul Marin"], names
