"""A passive cue of a source may carry its day between the participle and its agent's link ("The following
statement was issued today by the Spokesman for …", "issued on Monday by the Ministry …"): the agent is the source.

Every brief here is invented for the test.
"""

import pytest

import briefparse

BRIEF = (
    "The following statement was issued {day} by {issuer}:\n\n"
    "The Secretary-General welcomes the signing of the agreement between the Government of Valdoria and the "
    "Norland Liberation Front, and urges the parties to continue their talks."
)


@pytest.mark.parametrize(
    ("day", "issuer", "name"),
    [
        ("today", "the Spokesman for the Secretary-General", "Spokesman for the Secretary-General"),
        ("on Monday", "the Ministry of Foreign Affairs of Valdoria", "Ministry of Foreign Affairs of Valdoria"),
        ("on March 3", "the Office of the President of Norland", "Office of the President of Norland"),
    ],
)
def test_the_agent_after_a_day_is_the_source(day: str, issuer: str, name: str):
    brief = briefparse.parse(BRIEF.format(day=day, issuer=issuer), language="en")
    assert brief.source is not None
    assert brief.source.name == name
