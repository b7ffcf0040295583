"""German rooms of a building ("im Ratssaal", "im Wintersaal der Kaiserpfalz") give way to the city the brief places
the event in: its dateline's city, else the city a sentence names; the room stays when the brief names no city.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_a_room_gives_way_to_the_dateline_city():
    brief = briefparse.parse(
        "Kassel. Oberbürgermeisterin Jutta Krämer hat am Montag den Botschafter Perus, Luis Ortega, zu seinem "
        "Antrittsbesuch empfangen. Das Gespräch fand im Festsaal der Stadthalle statt.\n"
    )
    assert brief.location == "Kassel"


def test_a_room_gives_way_to_the_city_a_later_sentence_names():
    brief = briefparse.parse(
        "Bürgermeister Tobias Lenz begrüßte den Generalkonsul Kanadas, Mark Olsen, im Ratssaal. Der Generalkonsul "
        "hatte seinen Besuch in Görlitz lange geplant. Beide sprachen über Schulpartnerschaften.\n"
    )
    assert brief.location == "Görlitz"


def test_a_room_stays_when_no_city_is_named():
    brief = briefparse.parse(
        "Landtagspräsidentin Eva Roth hat den Botschafter Chiles, Pablo Reyes, im Wappensaal empfangen. Beide "
        "sprachen über Bildung.\n"
    )
    assert brief.location == "Wappensaal"


def test_a_room_gives_way_to_the_city_the_events_sentence_names_before_a_district_dateline():
    """A local paper's dateline may name a district ("Altstadt (red) –"); the event's sentence names the city."""
    brief = briefparse.parse(
        "Neue Generalkonsuln begrüßt\n\n"
        "Beim Empfang der Konsuln im Kaisersaal mit Stadträtin Jutta Krämer (links).\n\n"
        "Altstadt (red) – Stadträtin Jutta Krämer hat sechs neue Generalkonsuln in Frankfurt begrüßt, die zum "
        "Antrittsbesuch in den Kaisersaal kamen. Sie sprachen über Schulpartnerschaften.\n"
    )
    assert brief.location == "Frankfurt"
