"""A German place after the accusative of direction ("reist in die Hauptstadt Helsinki", "lud in das Schloss
Norburg"): where the visit goes or the guests were received, like "nach" and "ins".

Every brief here is invented for the test.
"""

import briefparse


def test_the_capital_a_minister_travels_into_is_the_visit_place():
    text = (
        "Minister Marin auf Reisen\n\n"
        "Schwerin (dpa) - Wirtschaftsminister Paul Marin fliegt am Montag mit einer Delegation in die finnische "
        "Hauptstadt Helsinki, wie eine Sprecherin am Freitag sagte. Dort will er Vertreter der Regierung treffen."
    )
    assert briefparse.parse(text).location == "Helsinki"


def test_the_venue_guests_are_invited_into_is_the_event_place():
    text = (
        "Empfang für Botschafter\n\n"
        "Landeshauptmann Paul Marin lud am Mittwoch die Botschafter aus Valdoria und Norland in das Schloss "
        "Norburg ein. Bei dem Treffen sprachen sie über die Zusammenarbeit in der Landwirtschaft."
    )
    assert briefparse.parse(text).location == "Schloss Norburg"
