"""German venues: a country residence ("Landsitz", "Landgut") and a venue's noun in the genitive after the room
named in it ("in der Bibliothek des Apostolischen Palastes").

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_a_country_residence_is_the_venue():
    brief = briefparse.parse(
        "Bundespräsident Karl Brenner hat am Montag Präsident Igor Brodsky auf dem Landsitz Lohn empfangen. Sie "
        "sprachen über Handel.\n"
    )
    assert brief.location == "Landsitz Lohn"


def test_a_venue_noun_with_its_genitive_ending_makes_the_room_a_venue():
    brief = briefparse.parse(
        "US-Präsident Bill Turner wurde vom Papst am Vormittag in der Bibliothek des Apostolischen Palastes "
        "empfangen. Es war das erste Treffen.\n"
    )
    assert brief.location == "Bibliothek des Apostolischen Palastes"


def test_a_court_compound_is_the_venue_not_the_headline_city():
    brief = briefparse.parse(
        "Linz: Minister zu Gast im Donauhof\n\n"
        "Landeshauptmann Paul Greiner empfing heute den Minister Tomas Ruzicka im Donauhof. Sie sprachen über "
        "Verkehr.\n"
    )
    assert brief.location == "Donauhof"
