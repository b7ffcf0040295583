"""German briefs: a venue's noun whose genitive complement is the meeting or its talks ("Im Zentrum der
Gespräche standen …") says what was discussed, not where.

The briefs are written for this test (invented people, real countries and cities).
"""

import briefparse


def test_centre_of_the_talks_is_no_venue() -> None:
    brief = briefparse.parse(
        "Ministerin Anna Roth traf am Montag, 3. Mai 2021, ihren Amtskollegen Jan Novak. "
        "Im Zentrum der Gespräche standen die bilateralen Beziehungen.\n"
    )
    assert brief.location is None


def test_centre_of_the_meeting_leaves_the_city() -> None:
    brief = briefparse.parse(
        "Offizielles Treffen von Bundesrätin Roth mit Präsident Novak in Prag\n\n"
        "Bundesrätin Anna Roth ist am Mittwoch, 5. Mai 2021, mit Präsident Jan Novak zu einem Gespräch in Prag "
        "zusammengekommen. Im Zentrum des Treffens stand die Europapolitik.\n"
    )
    assert brief.location == "Prag"


def test_a_centre_named_for_its_city_is_still_a_venue() -> None:
    brief = briefparse.parse(
        "Ministerin Anna Roth traf am Montag im Zentrum der Stadt ihren Amtskollegen Jan Novak.\n"
    )
    assert brief.location != "Zentrum der Gespräche"
