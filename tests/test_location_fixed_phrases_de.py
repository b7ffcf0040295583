"""German briefs: nouns of fixed phrases after "im" ("im Namen") and parts of the day after "am" ("am
Morgen") name no place; a settlement's noun after a regional adjective ("in der hessischen Landeshauptstadt X")
leads to its city.

The briefs are written for this test (invented people, real countries and cities).
"""

import briefparse


def test_im_namen_names_no_place():
    brief = briefparse.parse(
        "Protokollchefin Lena Brandt begrüßte Generalkonsul Tomás Ruiz im Namen der Landesregierung. "
        "Sie sprachen über die Zusammenarbeit der Universitäten.\n"
    )
    assert brief.location is None


def test_a_part_of_the_day_is_no_part_of_the_venue():
    brief = briefparse.parse(
        "Bürgermeisterin Anna Roth empfing Präsident Luis Mendoza am Morgen im Berliner Rathaus. "
        "Danach trug er sich in das Goldene Buch ein.\n"
    )
    assert brief.location == "Berliner Rathaus"


def test_a_city_after_a_regional_adjective_and_a_settlement_noun():
    brief = briefparse.parse(
        "Am 24. August stattete Generalkonsul Tomás Ruiz der Protokollchefin der Landesregierung Lena Brandt in der "
        "hessischen Landeshauptstadt Wiesbaden einen Antrittsbesuch ab.\n",
    )
    assert brief.location == "Wiesbaden"


def test_a_city_after_a_regional_capital_noun():
    brief = briefparse.parse(
        "Ministerin Anna Roth traf am Montag in der Landeshauptstadt Wiesbaden ihren Amtskollegen Jan Novak.\n"
    )
    assert brief.location == "Wiesbaden"


def test_a_guest_book_of_a_venue_is_no_place():
    brief = briefparse.parse(
        "Landtagspräsidentin Anna Roth empfing heute den Generalkonsul Tomás Ruiz. Er trug sich in das Gästebuch des "
        "Landtages ein.\n"
    )
    assert brief.location is None
