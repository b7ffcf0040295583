"""German town titles before a name: a town councillor named after the council ("Stadträtin X", "Stadtrat Y",
"Gemeinderat Z") and an honorary citizen ("Ehrenbürger W") are titles, not words of the name.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _names(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text).participants if p.name}


def test_a_town_councillor_title_is_no_part_of_the_name():
    names = _names(
        "Stadträtin Mira Olsen hat am Dienstag den Generalkonsul Perus, Luis Ortega, im Rathaus begrüßt. Beide "
        "sprachen über Kultur.\n"
    )
    assert "Mira Olsen" in names


def test_an_honorary_citizen_title_is_no_part_of_the_name():
    names = _names(
        "Oberbürgermeisterin Jutta Krämer und Ehrenbürger Hans Lorenz haben am Montag den Botschafter Chiles, "
        "Pablo Reyes, empfangen. Sie sprachen über Partnerschaften.\n"
    )
    assert "Hans Lorenz" in names
