"""Source on briefs invented for these tests (fictional people, real countries): a head of government's press office
under its South Asian name, "press wing", is where the information comes from, like a press office; so are its
neighbours named with "media" ("media wing", "Media Secretary")."""

from __future__ import annotations

import pytest

from briefparse import parse

_LEAD = (
    "DHAKA - Opposition leaders paid a courtesy call on Prime Minister Nasrin Hoque on Tuesday at her official "
    "residence.\n\nOpposition leader Amal Rahman was present at the meeting, "
)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("said a press release of the Prime Minister's press wing.", "press wing"),
        ("said the Prime Minister's media wing.", "media wing"),
        ("a media release issued by the Prime Minister's Media Secretary said.", "Media Secretary"),
    ],
    ids=["press-wing", "media-wing", "media-secretary"],
)
def test_press_office_under_a_south_asian_name_is_the_source(tail: str, expected: str) -> None:
    source = parse(_LEAD + tail).source
    assert source is not None
    assert expected in source.name
