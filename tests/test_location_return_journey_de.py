"""German: a journey one is back from ("bei Rückkehr von seiner Reise nach Ägypten", "nach ihrer Rückkehr aus
Japan") is behind the statement, and its place is not where the statement was made.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_the_place_of_a_journey_one_is_back_from_is_not_the_statements():
    brief = briefparse.parse(
        "Außenminister Jonas Keller verurteilt Anschlag\n\n"
        "Anlässlich des Anschlags in Lagos erklärte Außenminister Jonas Keller bei Rückkehr von seiner Reise nach "
        "Marokko: Wir verurteilen diese Tat auf das Schärfste.\n"
    )
    assert brief.event_type == "statement"
    assert brief.location != "Marokko"
