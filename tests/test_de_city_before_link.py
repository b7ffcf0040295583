"""German briefs: a city the gazetteer knows, then a link word to the host, is the event's place.

The brief is written for this test (invented people, real countries).
"""

import briefparse


def test_a_city_before_a_link_to_the_host_is_the_place():
    brief = briefparse.parse(
        "Ministerpräsidentin Clara Vogt ist in Kairo von Ägyptens Staatschef Samir Haddad empfangen worden. "
        "Im Mittelpunkt des Gesprächs stand die Wasserversorgung.\n"
    )
    assert brief.location == "Kairo"
