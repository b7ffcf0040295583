"""German: a city after a preposition of place, right before the title and name of whom the event was held with
("traf in Wien Außenminister X"): the city is the event's place, and no part of the title.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_the_city_before_a_title_is_the_place_and_not_the_title():
    brief = briefparse.parse(
        "Außenministerin Clara Vogt hat am Montag in Wien Außenminister Otto Lenz getroffen. Sie sprachen über "
        "Handel.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Otto Lenz") == "Außenminister"
    assert brief.location == "Wien"


def test_a_host_receiving_in_a_city_a_head_of_state():
    brief = briefparse.parse(
        "Bundeskanzler Karl Brenner empfing am Montag in Berlin Staatspräsident Otto Lenz aus Chile. Sie sprachen "
        "über Handel.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Otto Lenz") == "Staatspräsident"
    assert brief.location == "Berlin"
