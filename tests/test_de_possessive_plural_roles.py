"""German: a possessive in "-e" before a role noun that reads alike in both numbers makes it plural, as "die" does
("seine Amtskollegen X und Y", "ihre Bürgermeisterkollegen X, Y und Z"): each name of the list takes the role, and
none takes a span that holds the name before it, as its country item would be ("Bürgermeisterkollegen X, Y, Z"). A
feminine noun ("seine Ehefrau X") stays one woman's role.

The briefs are written for these tests (invented people, real places).
"""

import briefparse

COLLEAGUES = (
    "Bürgermeistertreffen in Gleisdorf\n\n"
    "Gleisdorf, 3. April 2024 - Bürgermeister Anton Reiter empfing am Mittwoch im Rathaus seine "
    "Bürgermeisterkollegen Christine Salber, Markus Feldner und Petra Lanzer. Am Nachmittag besuchte "
    "Landesrätin Eva Moosbrugger ihre Amtskollegen Tobias Rainer und Lukas Wendt in Graz.\n"
)


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_each_name_after_a_possessive_plural_takes_the_role() -> None:
    roles = _roles(COLLEAGUES)
    assert roles["Christine Salber"] == roles["Markus Feldner"] == roles["Petra Lanzer"] == "Bürgermeisterkollegen"
    assert roles["Tobias Rainer"] == roles["Lukas Wendt"] == "Amtskollegen"


def test_a_feminine_noun_after_a_possessive_is_one_womans_role() -> None:
    roles = _roles(
        "Empfang in Linz\n\n"
        "Linz, 5. Juni 2024 - Bürgermeister Anton Reiter empfing am Dienstag seine Ehefrau Petra Lanzer und "
        "Bürgermeister Markus Feldner aus Wels im Rathaus.\n"
    )
    assert roles["Petra Lanzer"] == "Ehefrau"
    assert roles.get("Markus Feldner") != "Ehefrau"


def test_no_list_member_takes_the_name_before_it_as_its_country() -> None:
    roles = _roles(
        "Treffen in Gleisdorf\n\n"
        "Gleisdorf, 3. April 2024 - Bürgermeister Anton Reiter begrüßte am Mittwoch im Rathaus auch zahlreiche "
        "Bürgermeisterkollegen Christine Salber, Markus Feldner, Ewald Deiner und Petra Lanzer.\n"
    )
    names = {"Christine Salber", "Markus Feldner", "Ewald Deiner", "Petra Lanzer"}
    assert names <= roles.keys()
    assert not any(other in (roles[name] or "") for name in names for other in names)
