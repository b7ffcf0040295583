"""German (Austria): the head of a district authority is titled "Bezirkshauptmann" or "Bezirkshauptfrau" before the
name, and "die beiden Bezirkshauptfrauen X und Y" gives each name the office in the singular.

The briefs are written for these tests (invented people, real places).
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_district_head_is_titled_by_the_office() -> None:
    roles = _roles(
        "Feier in Matzendorf\n\n"
        "Matzendorf, 8. Juni 2024 - Auch Bezirkshauptmann Dr. Philipp Gasser nahm an der Feier teil, die "
        "Bürgermeister Anton Reiter eröffnete.\n"
    )
    assert roles["Philipp Gasser"] == "Bezirkshauptmann"


def test_the_plural_of_the_office_gives_each_name_the_singular() -> None:
    roles = _roles(
        "Neue Bezirkshauptfrauen\n\n"
        "Linz, 12. Oktober 2024 - Diese Woche fand die Amtseinführung der beiden Bezirkshauptfrauen Dr. Eva Lindner "
        "(BH Freistadt) und Mag. Karin Moser (BH Perg) durch Landeshauptmann Paul Gruber statt.\n"
    )
    assert roles["Eva Lindner"] == roles["Karin Moser"] == "Bezirkshauptfrau"
    assert roles["Paul Gruber"] == "Landeshauptmann"
