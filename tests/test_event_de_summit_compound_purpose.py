"""A German summit named by a compound ("Nordseeratsgipfel", "Klimagipfel") is a gathering, though no listed phrase
spells it; a host who receives the members of a group "zum <gathering>" holds that gathering, however far the
gathering's noun stands from the verb. A meeting "about" or "on the margins of" a summit stays a meeting.

Every brief here is invented for the test.
"""

import briefparse


def test_heads_of_government_received_for_a_compound_summit_make_a_conference() -> None:
    text = (
        "Am Abend des 30. Mai empfing Kanzlerin Anna Marin die Regierungschefs der Nordseeländer und der "
        "Mitgliedsstaaten des Nordseerates zum Nordseeratsgipfel in der Hansestadt Norburg."
    )
    assert briefparse.parse(text).event_type == "conference"


def test_a_compound_summit_noun_is_a_gathering() -> None:
    text = "Der Nordseeratsgipfel in Norburg ging am Donnerstag zu Ende. Die Regierungschefs berieten über Energie."
    assert briefparse.parse(text).event_type == "conference"


def test_a_talk_about_a_coming_summit_stays_a_meeting() -> None:
    text = (
        "Kanzlerin Anna Marin empfing am Montag Präsident Erik Solberg zu einem Gespräch über den kommenden "
        "Klimagipfel. Beide sprachen auch über den Handel."
    )
    assert briefparse.parse(text).event_type == "meeting"


def test_a_meeting_on_the_margins_of_a_summit_stays_a_meeting() -> None:
    text = (
        "Kanzlerin Anna Marin traf am Rande des Klimagipfels in Norburg den Präsidenten Erik Solberg zu einem "
        "Gespräch."
    )
    assert briefparse.parse(text).event_type == "meeting"
