"""German briefs: a surname in "-hausen" is a name, not a compound noun of "Haus".

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_a_surname_ending_in_hausen_is_found_with_its_title():
    brief = briefparse.parse(
        "Bürgermeister Frank Adler empfing gemeinsam mit Stadtrat Uwe Wiedenhausen (SPD) und "
        "Bezirksverordnetenvorsteher Hinrich Lohmann eine Delegation aus der Partnerstadt im Rathaus.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Uwe Wiedenhausen") == "Stadtrat"
    assert roles.get("Hinrich Lohmann") == "Bezirksverordnetenvorsteher"
