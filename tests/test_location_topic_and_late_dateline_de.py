"""German: a country after a noun of aggression is what was discussed ("die russische Aggression in der Ukraine"),
and a city set off by its full stop opens the story's paragraph under a page's furniture ("Wien. Zwei Tage …").

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_a_country_after_a_noun_of_aggression_is_a_topic():
    brief = briefparse.parse(
        "Bundespräsident Karl Brenner hat am Dienstag Bundeskanzler Otto Lenz getroffen, um über die russische "
        "Aggression in der Ukraine zu sprechen.\n"
    )
    assert brief.location is None


def test_a_city_and_its_full_stop_under_the_furniture_is_the_dateline():
    brief = briefparse.parse(
        "Gespräch über die Teuerung\n\nNach der Wahl: Präsident traf Kanzler\n\n11.10.2022\n\nBei der Unterredung "
        "ging es um die Teuerung.\n\nZur Vollversion des Artikels\n\n© APA/Foto\n\nWien. Zwei Tage nach seiner "
        "Wiederwahl hat Bundespräsident Karl Brenner Bundeskanzler Otto Lenz zu einem Gedankenaustausch "
        "getroffen. Sie sprachen über die Teuerung.\n"
    )
    assert brief.location == "Wien"
