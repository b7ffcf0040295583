"""A later English sentence about an encounter only guessed at ("amid speculation over a possible meeting between X
and Y", "a potential face-to-face meeting"): Y, though met by one who takes part, is only mentioned.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

_LEAD = (
    "Lakeland Foreign Minister Lena Moor on Tuesday interacted briefly with Norland Foreign Minister Eirik Dahl "
    "here on the margins of the Baltic forum during which they exchanged pleasantries.\n\n"
    "“I met him out of courtesy,” Ms. Moor said when asked about her interaction with Mr. Dahl.\n\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "Their brief interaction came amid speculation over a possible meeting between Mr. Dahl and Lakeland "
        "President Anna Berg.",
        "Their brief interaction came as officials discussed a potential face-to-face meeting between Mr. Dahl and "
        "Lakeland President Anna Berg.",
    ],
    ids=["possible", "potential"],
)
def test_the_other_party_of_a_guessed_meeting_is_mentioned(later: str) -> None:
    brief = briefparse.parse(_LEAD + later + "\n")
    assert [p.name for p in brief.participants] == ["Lena Moor", "Eirik Dahl"]
    assert "Anna Berg" in {p.name for p in brief.people_mentioned}


def test_a_further_meeting_that_took_place_still_counts() -> None:
    brief = briefparse.parse(
        _LEAD + "Their brief interaction came before a meeting between Mr. Dahl and Lakeland President Anna Berg.\n"
    )
    assert "Anna Berg" in [p.name for p in brief.participants]
