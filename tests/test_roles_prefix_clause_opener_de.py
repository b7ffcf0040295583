"""A role's prefix stops at a conjunction that opens the sentence's clause ("Nachdem Außenminister X …" gives the
role "Außenminister").

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse


def test_a_conjunction_before_the_role_is_not_the_roles():
    text = (
        "Gespräch in Valdstadt\n\n"
        "Nachdem Außenminister Paul Marin am Montag in Valdstadt eingetroffen war, traf er Bundesministerin Anna "
        "Berger zu einem Gespräch. Beide sprachen über die Zusammenarbeit der Länder.\n"
    )
    roles = {p.name: p.role for p in briefparse.parse(text).participants}
    assert roles["Paul Marin"] == "Außenminister"
