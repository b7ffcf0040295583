"""A venue a German brief's guests are invited or come into ("lud … ins Konzerthaus Valdor"): the event's place.

Every brief here is invented for the test.
"""

import briefparse


def test_the_venue_after_ins_is_where_the_reception_was_held():
    text = (
        "Landeshauptmann dankt den Honorarkonsuln\n\n"
        "Valdor (lpd) - Das Konsularische Korps lud am Freitag zu seinem Jahresempfang ins Konzerthaus Valdor. "
        "Landeshauptmann Paul Marin nutzte die Veranstaltung, um den Honorarkonsulinnen und -konsuln zu danken."
    )
    assert briefparse.parse(text).location == "Konzerthaus Valdor"
