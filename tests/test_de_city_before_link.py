"""German briefs: a city or a venue, then a link word to the host, is the event's place; "vor" names a venue only.

The brief is written for this test (invented people, real countries).
"""

import briefparse


def test_a_city_before_a_link_to_the_host_is_the_place():
    brief = briefparse.parse(
        "Ministerpräsidentin Clara Vogt ist in Kairo von Ägyptens Staatschef Samir Haddad empfangen worden. "
        "Im Mittelpunkt des Gesprächs stand die Wasserversorgung.\n"
    )
    assert brief.location == "Kairo"


def test_a_venue_after_vor_is_the_place_and_stops_before_the_host():
    brief = briefparse.parse(
        "Die Botschafter wurden mit militärischem Zeremoniell vor Schloss Bellevue von Bundespräsidentin Clara Vogt "
        "empfangen. Sie sprachen über Handel.\n"
    )
    assert brief.location == "Schloss Bellevue"


def test_vor_before_no_venue_names_no_place():
    brief = briefparse.parse(
        "Vor dem Treffen mit Kanzler Jonas Brandt sagte der peruanische Präsident Luis Mendoza, er sei zuversichtlich. "
        "Sie sprachen über Handel.\n"
    )
    assert brief.location is None


def test_a_venue_stops_before_a_link_to_the_host_title():
    brief = briefparse.parse(
        "Die Botschafter wurden im Schloss Bellevue von Bundespräsidentin Clara Vogt empfangen. "
        "Sie sprachen über Handel.\n"
    )
    assert brief.location == "Schloss Bellevue"
