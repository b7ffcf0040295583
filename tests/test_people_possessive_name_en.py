"""A name written with the possessive mark of what it owns ("Prime Minister Harris’ visit", "Varga and Renner’s
phone call"): the mark is no part of the name, and the owner is the person named in full elsewhere (briefs written
for these tests: invented people, real places)."""

from __future__ import annotations

import briefparse


def names(text: str) -> list[str]:
    return [p.name for p in briefparse.parse(text).participants if p.name]


def test_a_bare_apostrophe_after_s_is_no_part_of_the_name():
    text = (
        "Prime Minister Aldous Harris’ visit to the Secretariat began on Monday.\n"
        "On Tuesday Prime Minister Aldous Harris met Ambassador Lena Varga in Georgetown for talks on trade."
    )
    got = names(text)
    assert "Aldous Harris" in got
    assert not any(n.endswith(("’", "'")) for n in got)


def test_a_surname_with_the_possessive_is_the_person_named_in_full():
    text = (
        "Prime Minister Harris’ visit to the Secretariat began on Monday.\n"
        "On Tuesday Prime Minister Aldous Harris met Ambassador Lena Varga in Georgetown for talks on trade."
    )
    assert names(text) == ["Aldous Harris", "Lena Varga"]


def test_a_headline_pair_in_the_possessive_is_the_pair():
    text = (
        "Highlights of Varga and Renner’s phone conversation\n"
        "President Lena Varga and President Tobias Renner held a telephone conversation on Monday, "
        "the presidency said."
    )
    assert names(text) == ["Lena Varga", "Tobias Renner"]
