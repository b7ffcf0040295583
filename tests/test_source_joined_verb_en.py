"""Source on briefs invented for these tests (fictional people, real countries): an institution that is the object of
a first verb, joined to a verb of saying by "and" ("visited the SAARC Secretariat on Tuesday and said"), is no source;
an institution that says it still is."""

from __future__ import annotations

from briefparse import parse

_LEAD = "Prime Minister Kamran Baig on Tuesday met former premier Tariq Hameed in Lahore.\n\n"


def test_object_of_a_joined_verb_is_no_source() -> None:
    text = _LEAD + (
        "Prime Minister Kamran Baig also visited the SAARC Secretariat on Tuesday and said Pakistan attaches great "
        "importance to the organisation.\n"
    )
    assert parse(text).source is None


def test_secretariat_that_says_is_the_source() -> None:
    text = _LEAD + "The SAARC Secretariat said the two leaders discussed regional trade.\n"
    source = parse(text).source
    assert source is not None
    assert "SAARC Secretariat" in source.name
