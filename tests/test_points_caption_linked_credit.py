"""A photo's caption over the story does not lead when its paragraph closes on the picture's credit written with no
colon: the language's word for a photo and a word that links it to whom it is credited ("Photo courtesy Office of the
Prime Minister", "Photo via Foreign Ministry", `Language.photo_credit_links`), or an agency's name alone ("AFP").

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

_STORY = (
    "Prime Minister Karl Vogt and Valdorian President Paul Marin held talks in Lanark on Sunday, shortly before the "
    "opening of the regional summit there.\n\n"
    "The two leaders discussed food security and a new ferry link between their countries.\n\n"
    "Vogt later joined the other heads of government at the opening ceremony."
)


@pytest.mark.parametrize(
    "credit", ["Photo courtesy Office of the Prime Minister", "Photo via Foreign Ministry", "Photos by Jo Lind", "AFP"]
)
def test_en_a_caption_closed_by_its_credit_does_not_lead(credit: str) -> None:
    text = (
        "Prime Minister Karl Vogt speaks with Valdorian President Paul Marin at the trade fair in Kessel in May. "
        f"Food security is among the issues on the summit's agenda. {credit}\n\n" + _STORY
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Prime Minister Karl Vogt and Valdorian President Paul Marin held talks")
