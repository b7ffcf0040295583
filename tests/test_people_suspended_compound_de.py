"""A German compound whose first half stands before "und" with a hyphen ("Presse- und Informationsamt") is one noun,
not a headline's pair of surnames (briefs written for these tests)."""

from __future__ import annotations

import briefparse

_RELEASE = (
    "Der Sprecher der Landesregierung, Paul Kessler, teilt mit:\n"
    "- Pressemitteilung 12\n"
    "- Presse- und Informationsamt der Landesregierung (PIA)\n"
    "Ministerpräsident Anton Berger hat heute mit dem polnischen Ministerpräsidenten Jan Nowak telefoniert.\n"
    "Die beiden sprachen über den Handel.\n"
)


def test_the_halves_of_a_suspended_compound_take_no_part():
    names = {p.name for p in briefparse.parse(_RELEASE).participants}
    assert names == {"Anton Berger", "Jan Nowak"}


def test_two_surnames_joined_in_a_headline_still_take_part():
    text = (
        "Berger und Nowak beraten über den Handel\n\n"
        "Kiel - Ministerpräsident Anton Berger hat am Montag den polnischen Botschafter Jan Nowak empfangen.\n"
    )
    names = {p.name for p in briefparse.parse(text).participants}
    assert {"Anton Berger", "Jan Nowak"} <= names
