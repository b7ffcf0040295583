"""Location on briefs invented for these tests (fictional people, real countries): a topic noun that is the subject of
a gathering ("the conference on food security in Samarkand") leaves the place to the gathering; a topic noun alone
("the security situation in Mali") still makes its place what was discussed."""

from __future__ import annotations

from briefparse import parse


def test_the_subject_of_a_conference_leaves_it_its_place() -> None:
    text = (
        "Minister of Agriculture Rafiq Hasan attended the international conference on food security in Samarkand on "
        "Thursday.\n\nIn his remarks at the plenary session, Hasan spoke of drought-resistant crops."
    )
    assert parse(text).location == "Samarkand"


def test_a_topic_alone_is_still_no_place() -> None:
    text = (
        "DAKAR, March 3 - President Awa Ndiaye received the French envoy Paul Marin on Tuesday. They discussed the "
        "security situation in Mali."
    )
    assert parse(text).location == "DAKAR"
