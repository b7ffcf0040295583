"""Participants on briefs invented for these tests (fictional people, real countries): a sentence that opens on the
talks reported, referred back to by an article or a possessive ("In the talks, X and Y agreed …", "During their
discussions, …"), tells more of them, so the counterpart it names first takes part."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize("opening", ["In the talks", "During their discussions"])
def test_the_counterpart_named_in_a_sentence_on_the_talks_takes_part(opening: str) -> None:
    text = (
        "Vice minister holds talks with Indian counterpart\n"
        "KESSEL, May 4 (Agency) -- First Vice Foreign Minister Ines Marlow held talks with her Indian counterpart "
        "on Wednesday and discussed trade.\n"
        f"{opening}, Marlow and Tomas Berg, secretary east in India's Ministry of External Affairs, agreed to work "
        "together on infrastructure."
    )
    brief = parse(text, reference_date="2020-12-23")
    assert {p.name for p in brief.participants} == {"Ines Marlow", "Tomas Berg"}
