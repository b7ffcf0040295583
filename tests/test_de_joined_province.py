"""German briefs: a province's name of hyphen-joined parts after a role noun is the place, not a surname.

The briefs are written for these tests (invented people, real provinces).
"""

import briefparse


def _names(brief: briefparse.Brief) -> list[str | None]:
    return [p.name for p in brief.participants]


def test_a_joined_province_after_a_plural_role_is_no_one():
    brief = briefparse.parse(
        "Bundespräsident Berg besucht mit Diplomaten Schleswig-Holstein\n\n"
        "KIEL. Bundespräsident Lukas Berg kommt heute (4. Juni) mit rund 90 Diplomaten nach Schleswig-Holstein. "
        "Die Gäste werden von Ministerpräsidentin Jana Wolff empfangen.\n"
    )
    assert "Schleswig-Holstein" not in _names(brief)
    assert "Lukas Berg" in _names(brief)


def test_a_double_barrelled_surname_after_a_role_stays_a_person():
    brief = briefparse.parse(
        "Ministerin Brandt-Kessler besucht Rheinland-Pfalz\n\n"
        "Mainz. Die Ministerin sprach am Montag mit Abgeordneten über Verkehrsprojekte.\n"
    )
    assert "Brandt-Kessler" in _names(brief)
