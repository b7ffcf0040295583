"""A German given name that ends like a compound noun ("Wilfried", "Siegfried" end like "Frieden") is still a given
name: its holder is named, the title before it is the role.

The brief is written for this test (invented people, real countries).
"""

import briefparse


def test_a_given_name_ending_like_a_noun_opens_the_name():
    brief = briefparse.parse(
        "Landeshauptmann Siegfried Brandl empfing heute den Botschafter Tomas Novak im Rathaus. Sie sprachen über "
        "Verkehr und Tourismus.\n"
    )
    people = {p.name: p.role for p in brief.participants}
    assert people.get("Siegfried Brandl") == "Landeshauptmann"
    assert "Tomas Novak" in people
