"""People a brief names who take no part in its event: the owner of what a speaker praises or cites ("highlighted
the great leadership of President X"), and, in a statement, the party to an encounter its lead puts to come ("X will
meet with his counterpart Y on Thursday"). Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse

PRAISED = (
    "Kessel, May 18 (VNA) - A team led by the Commissioner for Political Affairs, Dr Ana Brook, has paid a working "
    "visit to Valdoria.\n\n"
    "It said as part of the visit, the team paid a courtesy call on the Minister of Foreign Affairs at the "
    "Ministry.\n\n"
    "It said during the meeting, the Commissioner highlighted the great leadership of President Paul Marin for "
    "championing the Kessel Initiative."
)
TO_COME = (
    "Valdorian FM: Security of the lake states is also our security in Valdoria\n\n"
    "Valdorian Foreign Minister Paul Marin on Thursday declared the security of the lake states a top national "
    "interest amid escalating tensions in the region.\n\n"
    '"The security of the lake states is also our security in Valdoria," he stated ahead of his visits to Norland '
    "and Ostland, emphasizing Kessel's commitment to collective defense in the region.\n\n"
    "The top Valdorian diplomat accused Lakeland of conducting hybrid operations in the region.\n\n"
    "Marin will meet with Norland counterpart Ana Brook and other officials on Thursday before traveling to Ostland "
    "later that day."
)


@pytest.mark.parametrize(
    ("text", "taking_part", "mentioned"),
    [(PRAISED, "Ana Brook", "Paul Marin"), (TO_COME, "Paul Marin", "Ana Brook")],
)
def test_only_mentioned(text: str, taking_part: str, mentioned: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2025, 8, 28))
    names = [p.name for p in brief.participants]
    assert taking_part in names
    assert mentioned not in names
    assert mentioned in [p.name for p in brief.people_mentioned]
