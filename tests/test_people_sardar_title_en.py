""""Sardar" before a Pakistani politician's name is a title, as "Datuk Seri" or "Shri" are: no part of the name.

The brief and its people are fictional, written for this test.
"""

import briefparse

CALL = """ISLAMABAD: Sardar Tariq Mehmood, the Federal Minister for Railways, called on Prime Minister Asad Qureshi \
here on Monday.

Matters of mutual interest were discussed.
"""


def test_sardar_is_no_part_of_the_name():
    names = [p.name for p in briefparse.parse(CALL).participants]
    assert "Tariq Mehmood" in names and "Sardar Tariq Mehmood" not in names, names
