"""A German declined adjective between a place preposition and the place ("im südsteirischen Schloss Norburg", "im
historischen Rathaus"): the place is read after it, not skipped for the dateline's city.

Every brief here is invented for the test.
"""

import briefparse


def test_a_venue_after_a_regional_adjective_is_the_conference_place():
    text = (
        "Konferenz der Landeschefs\n\n"
        "Graz (lpd) - Auf Einladung von Landeshauptmann Paul Marin treffen ab heute die Landeshauptleute im "
        "südsteirischen Schloss Norburg zusammen. Die Beratungen dauern bis Freitag."
    )
    assert briefparse.parse(text).location == "Schloss Norburg"


def test_a_venue_after_a_plain_adjective_is_the_reception_place():
    text = (
        "Besuch aus Norland\n\n"
        "Graz (lpd) - Landeshauptmann Paul Marin empfing die Gäste aus Norland am Montag im historischen Rathaus."
    )
    assert briefparse.parse(text).location == "Rathaus"
