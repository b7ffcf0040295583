"""German: a plural role before a list of names is each one's role, in the singular ("die Landesrätinnen X und Y",
"die Regierungsräte X und Y", "den Landesräten X und Y", "die Landeshauptmänner von A und B, X und Y"), and a long
list of a delegation inside the verb bracket of attendance or representation ("Von A Seite nahmen X, Y, … teil",
"B war durch X, Y, … vertreten") takes part.

The briefs are written for these tests (invented people, real places).
"""

import briefparse

DELEGATIONS = (
    "Vorarlberger Landesregierung zu Besuch in Vaduz\n\n"
    "Vaduz (ots) - Auf Einladung von Regierungschef Anton Brunhart besuchte am Dienstag, 14. Mai 2024, die "
    "Vorarlberger Landesregierung die Regierung in Vaduz.\n\n"
    "Von Vorarlberger Seite nahmen Landeshauptmann Bruno Kessler, Landesstatthalterin Eva Gassner, die "
    "Landesrätinnen Clara Wohlgenannt und Doris Mähr, die Landesräte Emil Hartberger und Fritz Lobnig sowie "
    "Landesamtsdirektor Gerd Amann teil. Liechtenstein war durch Regierungschef Anton Brunhart, die "
    "Regierungsmitglieder Hanna Oehri und Ida Büchel sowie Regierungssekretär Jonas Kranz vertreten.\n"
)


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_each_name_after_a_plural_role_takes_its_singular() -> None:
    roles = _roles(DELEGATIONS)
    assert roles["Clara Wohlgenannt"] == roles["Doris Mähr"] == "Landesrätin"
    assert roles["Emil Hartberger"] == roles["Fritz Lobnig"] == "Landesrat"
    assert roles["Hanna Oehri"] == roles["Ida Büchel"] == "Regierungsmitglied"
    assert roles["Eva Gassner"] == "Landesstatthalterin"


def test_a_long_delegation_list_in_the_bracket_takes_part() -> None:
    roles = _roles(DELEGATIONS)
    assert {"Bruno Kessler", "Gerd Amann", "Jonas Kranz", "Fritz Lobnig", "Ida Büchel"} <= roles.keys()


def test_dative_and_irregular_plurals_before_a_list() -> None:
    roles = _roles(
        "Landeshauptleute treffen Minister in Linz\n\n"
        "Linz, 4. Juni 2024 - Bundesminister Karl Wendlinger traf am Dienstag in Linz die Landeshauptmänner "
        "Peter Aichinger und Markus Pointner. Das Gespräch mit den Landesräten Rita Obermair und Josef Haider "
        "folgte am Nachmittag.\n"
    )
    assert roles["Peter Aichinger"] == roles["Markus Pointner"] == "Landeshauptmann"
    assert roles["Rita Obermair"] == roles["Josef Haider"] == "Landesrat"
