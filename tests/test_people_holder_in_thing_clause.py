"""A person named in a relative clause about a thing that frames the event ("im Rahmen der Präsidentschaft, die
Ministerpräsident X derzeit innehat") is said of that thing: mentioned, not a party to the event; in a clause about a
person, or about a delegation the event receives, the name still takes part.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_the_holder_of_an_office_a_clause_describes_is_only_mentioned():
    brief = briefparse.parse(
        "Bundeskanzler Karl Brenner empfing heute den Präsidenten Tomas Novak im Kanzleramt. Das Treffen fand im "
        "Rahmen der Ratspräsidentschaft statt, die Ministerpräsidentin Eva Brandl derzeit innehat.\n"
    )
    assert {p.name for p in brief.participants} == {"Karl Brenner", "Tomas Novak"}
    assert "Eva Brandl" in {p.name for p in brief.people_mentioned}


def test_a_clause_about_a_person_keeps_the_name_a_participant():
    brief = briefparse.parse(
        "Bundeskanzler Karl Brenner empfing heute den Präsidenten Tomas Novak, der Ministerin Eva Brandl "
        "mitbrachte.\n"
    )
    assert "Eva Brandl" in {p.name for p in brief.participants}


def test_the_leader_of_a_delegation_received_takes_part():
    brief = briefparse.parse(
        "Bundeskanzler Karl Brenner empfing heute eine Delegation aus Polen, die Minister Tomas Nowak anführte. Sie "
        "sprachen über Handel.\n"
    )
    assert "Tomas Nowak" in {p.name for p in brief.participants}
