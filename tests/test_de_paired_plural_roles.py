"""German: a role noun in "-en" after "den" or "der" reads alike as an oblique singular and a plural ("den
Landtagsabgeordneten", "der Landtagsabgeordneten"); when it heads two names a joiner ties, the second with no title of
its own, it is plural and gives both names the role ("den Landtagsabgeordneten X (rechts) und Y"). "beiden" makes
the noun plural as "die" does. A second name with its own title keeps it.

The briefs are written for these tests (invented people, real places).
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_dative_plural_before_two_names_gives_both_the_role() -> None:
    roles = _roles(
        "Spatenstich in Ahorntal\n\n"
        "Ahorntal, 6. Mai 2024 - Bürgermeister Anton Reiter eröffnete am Montag die Baustelle gemeinsam mit den "
        "Landtagsabgeordneten Gudrun Brendel-Maier (rechts) und Tim Parler (Dritter von rechts).\n"
    )
    assert roles["Gudrun Brendel-Maier"] == roles["Tim Parler"] == "Landtagsabgeordneten"


def test_a_genitive_plural_before_two_names_gives_both_the_role() -> None:
    roles = _roles(
        "Ministerin in Hornberg\n\n"
        "Hornberg, 7. Mai 2024 - Ministerin Eva Lindner besuchte am Dienstag das Werk in Hornberg. In Begleitung "
        "der Landtagsabgeordneten Sandra Bosch (Grüne) und Rudi Kramer war sie zu Gast bei Firmenchef Paul Gruber.\n"
    )
    assert roles["Sandra Bosch"] == roles["Rudi Kramer"] == "Landtagsabgeordneten"
    assert roles["Paul Gruber"] == "Firmenchef"


def test_beiden_makes_the_noun_plural() -> None:
    roles = _roles(
        "Empfang im Rathaus\n\n"
        "Linz, 5. Juni 2024 - Bürgermeister Anton Reiter sprach am Dienstag mit den beiden Landtagsabgeordneten Franz "
        "Moser und Herbert Lind im Rathaus.\n"
    )
    assert roles["Franz Moser"] == roles["Herbert Lind"] == "Landtagsabgeordneten"


def test_a_second_name_with_its_own_title_keeps_it() -> None:
    roles = _roles(
        "Treffen in Berlin\n\n"
        "Berlin, 3. Juni 2024 - Kanzler Olaf Brenner traf am Montag den Präsidenten Karl Moser und Ministerin Eva "
        "Lindner in Berlin.\n"
    )
    assert roles["Eva Lindner"] == "Ministerin"
