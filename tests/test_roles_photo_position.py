"""A photo's position in brackets between a name and the role in apposition after it ("X (links), Präsident des
…"), as press offices write under a picture of the guests.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_position_before_the_apposition_leaves_the_role_to_its_name():
    roles = _roles(
        "Anton Kessler (links), Präsident des Regionalrats Elsass, besucht auf Einladung von Landtagspräsident "
        "Georg Haller (rechts) am Donnerstag den Landtag. Im Anschluss wird der Gast zu einem Gespräch empfangen.\n"
    )
    assert roles.get("Anton Kessler") == "Präsident des Regionalrats Elsass"
    assert roles.get("Georg Haller") == "Landtagspräsident"


def test_an_abbreviated_position_before_the_apposition():
    roles = _roles(
        "Bürgermeisterin Clara Vogt hat am Freitag Luis Mendoza (r.), Botschafter der Republik Chile, im Rathaus "
        "empfangen. Sie sprachen über Handel.\n"
    )
    assert roles.get("Luis Mendoza") == "Botschafter der Republik Chile"
