"""A photo's caption printed twice over the story, once alone and then again with its credit right under it, does
not lead: the bare copy is the caption too.

Every brief and every person here is invented for the test.
"""

import briefparse


def test_en_a_caption_printed_again_with_its_credit_does_not_lead() -> None:
    text = (
        "Marin holds talks with Norland's President Vogt\n\n"
        "President Paul Marin shakes hands with Norland's President Karl Vogt prior to a meeting at the Lanark "
        "Palace.\n\n"
        "President Paul Marin shakes hands with Norland's President Karl Vogt prior to a meeting at the Lanark "
        "Palace.   | Photo Credit: AGENCY\n\n"
        "President Paul Marin and Norland's President Karl Vogt held talks on Friday on ways to deepen trade between "
        "the two countries.\n\n"
        "Vogt arrived in Lanark on Thursday for a three-day visit."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("President Paul Marin and Norland's President Karl Vogt held talks on Friday")
