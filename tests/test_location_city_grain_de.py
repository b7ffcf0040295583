"""German briefs give a visit's place as the city when they name a venue of it apart (`Language.city_grain_events`):
"… zum Staatsbesuch in Berlin eingetroffen … im Schloss Bellevue empfangen" is placed in Berlin. A venue written with
its city stays as written, and a meeting keeps its venue.

The briefs are written for these tests (invented people, real places).
"""

import briefparse


def test_a_visits_venue_gives_way_to_the_city_its_headline_names():
    brief = briefparse.parse(
        "Varnisches Königspaar zum Staatsbesuch in Berlin eingetroffen\n\n"
        "Das varnische Königspaar ist zu einem dreitägigen Staatsbesuch in Berlin eingetroffen. König Aldo und "
        "Königin Mira landeten am Montagvormittag und werden zunächst von Bundespräsidentin Jutta Krämer im "
        "Schloss Bellevue empfangen.\n"
    )
    assert brief.event_type == "visit"
    assert brief.location == "Berlin"


def test_a_visits_venue_gives_way_to_the_dateline_city():
    brief = briefparse.parse(
        "Stuttgart - Bundeskanzler Tobias Lenz kommt am Dienstag zu seinem Antrittsbesuch nach Baden-Württemberg. "
        "Der Kanzler wird in die Villa Reitzenstein gefahren, wo ihn Ministerpräsident Paul Ebner empfängt.\n"
    )
    assert brief.location == "Stuttgart"


def test_a_venue_written_with_its_city_stays():
    brief = briefparse.parse(
        "Die Botschafterin Varniens, Eva Roth, hat heute auf Einladung der Regierung den Kanton Graubünden besucht. "
        "Empfangen wurde die Botschafterin heute im Grauen Haus in Chur von Regierungspräsident Paul Ebner. Sie "
        "wurde begleitet vom Handelsrat des Aussenwirtschaftscenters in Zürich.\n"
    )
    assert brief.location == "Grauen Haus in Chur"
