"""German names: a given name that ends like a compound noun ("Wilfried", "Siegfried" end like "Frieden") is still
a given name: its holder is named, the title before it is the role; a city's adjective ("Linzer Boden") opens no
name.

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


def test_a_city_adjective_and_a_noun_name_no_one():
    brief = briefparse.parse(
        "Landeshauptmann Peter Brandl empfing heute den Botschafter Tomas Novak im Rathaus. „Er kommt gern auf "
        "Linzer Boden“, sagte Brandl. Die Linzer Bürgermeisterin Eva Gruber war auch dabei.\n"
    )
    names = {p.name for p in brief.participants} | {p.name for p in brief.people_mentioned}
    assert "Linzer Boden" not in names
    assert "Eva Gruber" in names
