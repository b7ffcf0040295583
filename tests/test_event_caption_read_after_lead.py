"""A credited photo caption over the dateline's lead is read after the lead: the photo may show another day's event,
the lead tells the news (briefs written for these tests)."""

from __future__ import annotations

import briefparse


def test_an_old_photo_caption_does_not_outrank_the_lead():
    text = (
        "King Arvid sends cable of condolences to Norlandian president after floods\n\n"
        "Valdor: Prime Minister Jon Tessa meets King Arvid of Valdoria in Valdor, on Oct 3, 2019. (Photo: VNS/MFA)\n\n"
        "VALDOR (VNS): King Arvid sent a cable of condolences and sympathy to the president of Norland after 40 "
        "people died in floods.\n\n"
        "More than 3,000 people have been evacuated and dozens are still missing.\n\n"
        "In the cable to Mira Lund, the king said \u201cWe share the pain of this affliction with you and we send "
        "you our deepest condolences.\u201d"
    )
    assert briefparse.parse(text).event_type == "statement"


def test_a_caption_of_the_same_talks_keeps_the_meeting():
    text = (
        "Foreign Minister receives new ambassador of Norland\n\n"
        "Foreign Minister Sara Dunn (right) and Ambassador Pol Varga. (Photo: Valdor Daily)\n\n"
        "VALDOR, March 4 (VNS) - Foreign Minister Sara Dunn on Monday received the newly accredited Ambassador of "
        "Norland, Pol Varga, at the ministry.\n\n"
        "The two sides discussed trade and education."
    )
    assert briefparse.parse(text).event_type == "meeting"
