"""A statement whose lead goes on to an encounter still to come ("X will meet his counterpart Y on Thursday"): Y is a
party to that later event, not to the statement, and is only mentioned. Every brief here is invented for the test."""

import datetime as dt

import briefparse

TEXT = (
    "Valdorian FM: Security of the lake states is also our security in Valdoria\n\n"
    "Valdorian Foreign Minister Paul Marin on Thursday declared the security of the lake states a top national "
    "interest amid escalating tensions in the region.\n\n"
    '"The security of the lake states is also our security in Valdoria," he stated ahead of his visits to Norland '
    "and Ostland, emphasizing Kessel's commitment to collective defense in the region.\n\n"
    "The top Valdorian diplomat accused Lakeland of conducting hybrid operations in the region.\n\n"
    "Marin will meet with Norland counterpart Ana Brook and other officials on Thursday before traveling to Ostland "
    "later that day."
)


def test_the_party_to_an_encounter_to_come_is_mentioned() -> None:
    brief = briefparse.parse(TEXT, reference_date=dt.date(2025, 8, 28))
    assert brief.event_type == "statement"
    assert [p.name for p in brief.participants] == ["Paul Marin"]
    assert "Ana Brook" in [p.name for p in brief.people_mentioned]
