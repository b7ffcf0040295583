"""A brief whose first event sentence opens on a source's cue and the person it credits ("According to State House
Spokesperson X, this follows talks between the two leaders"), the leaders named before it: X is the source, not a
party to the talks, even though no one has been marked as taking part yet. In a statement, the one credited may be
the one who speaks, and still takes part.

Every brief and every person here is invented for the test.
"""

import briefparse


def test_the_credited_spokesperson_is_no_participant() -> None:
    brief = briefparse.parse(
        "Lakeland: President Larin Holds Talks With Predecessor On His Office\n\n"
        "Port Lake — President Piotr Larin has formed a team to address concerns raised by retired president Anna "
        "Berg over her office and staff.\n\n"
        "According to State House Spokesperson Tomas Weller, this follows talks between the two leaders.\n\n"
        '"This morning, President Piotr Larin had a conversation with his predecessor in office," he stated.\n'
    )
    assert "Tomas Weller" not in [p.name for p in brief.participants]
    assert "Tomas Weller" in [p.name for p in brief.people_mentioned]
    assert "Piotr Larin" in [p.name for p in brief.participants]
