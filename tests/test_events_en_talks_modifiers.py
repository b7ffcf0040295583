"""English talks told with a word before their noun: "have held key talks", "held their first direct talks", "had a
brief meeting" name a meeting, so that report leads over the visit or the detail after it.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "lead",
    [
        "Valdorian Foreign Minister Karl Vogt and his Norlandian counterpart Paul Marin have held key talks in "
        "Lanark on bilateral relations and the region.",
        "Valdorian Foreign Minister Karl Vogt and Norlandian Foreign Minister Paul Marin on Friday held their first "
        "direct talks as the two countries seek to mend ties.",
        "Foreign ministers Karl Vogt of Valdoria and Paul Marin of Norland have had a brief meeting, after a "
        "three-year break in contacts.",
    ],
)
def test_talks_with_a_word_before_the_noun_lead(lead: str) -> None:
    text = (
        "Vogt and Marin talk\n\n"
        f"{lead}\n\n"
        "The Norlandian minister made a short visit to Lanark yesterday to follow up on the agreements reached during "
        "his last visit."
    )
    assert briefparse.parse(text).summary_points[0] == lead
