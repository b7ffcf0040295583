"""A person named as the owner of what a speaker praises or cites ("highlighted the great leadership of President
X", "the vision of President Y") is only mentioned, not one who takes part. Every brief here is invented for the
test."""

import datetime as dt

import briefparse

TEXT = (
    "Kessel, May 18 (VNA) - A team led by the Commissioner for Political Affairs, Dr Ana Brook, has paid a working "
    "visit to Valdoria.\n\n"
    "It said as part of the visit, the team paid a courtesy call on the Minister of Foreign Affairs at the "
    "Ministry.\n\n"
    "It said during the meeting, the Commissioner highlighted the great leadership of President Paul Marin for "
    "championing the Kessel Initiative."
)


def test_the_owner_of_a_praised_leadership_is_mentioned() -> None:
    brief = briefparse.parse(TEXT, reference_date=dt.date(2018, 9, 28))
    assert "Paul Marin" not in [p.name for p in brief.participants]
    assert "Paul Marin" in [p.name for p in brief.people_mentioned]
