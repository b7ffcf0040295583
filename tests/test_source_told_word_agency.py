"""An agency of the register whose name is also a word or a name ("Trend", "Report", "Sputnik", "Petra") is the
source when the brief says it was told to it ("…, the ministry told Trend", "said to Report"), as an agency with a
name of its own is ("told Xinhua"); after a verb whose subject may follow it ("…, said Petra") it may be the one
who spoke, and is no source.

Every brief here is invented for the test.
"""

import pytest

import briefparse

BRIEF = (
    "Ministers talk\n\n"
    "Foreign Minister Sara Olund held a phone call with her Norland counterpart Paul Brenner on Monday, {cue}.\n\n"
    "The call dealt with the ferry line between the two countries."
)


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("the ministry told Trend", "Trend"),
        ("a source in the ministry told Sputnik", "Sputnik"),
        ("an official said to Report", "Report"),
    ],
    ids=["told-trend", "told-sputnik", "said-to-report"],
)
def test_an_agency_named_by_a_word_that_was_told_is_the_source(cue: str, name: str):
    brief = briefparse.parse(BRIEF.format(cue=cue))
    assert brief.source is not None
    assert brief.source.name == name


def test_a_word_agency_after_a_verb_alone_is_no_source():
    brief = briefparse.parse(BRIEF.format(cue="and stressed Petra"))
    assert brief.source is None or brief.source.name != "Petra"
