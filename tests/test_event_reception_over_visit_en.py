"""English briefs type a lead that reports a host's reception of a guest as a meeting, whatever the words of the guest's
visit after it add up to (`Language.reception_over_visit`); a lead that reports the arrival stays a visit.

The briefs are written for these tests (invented people, real places).
"""

import briefparse


def test_a_reception_lead_stays_a_meeting_after_the_visits_words():
    brief = briefparse.parse(
        "Foreign Minister Tomas Relling on Wednesday welcomed his Varnian counterpart Ada Korvin at the Foreign Office "
        "in Nairobi.\n\nKorvin arrived in Nairobi on Tuesday for a two-day visit at the invitation of Relling. "
        "According to the ministry, it is the Varnian minister's first bilateral visit to Kenya.\n"
    )
    assert brief.event_type == "meeting"


def test_an_arrival_lead_stays_a_visit():
    brief = briefparse.parse(
        "President Ada Korvin arrived in Accra on Sunday for a three-day state visit.\n\n"
        "President Tomas Relling welcomed her at the airport.\n"
    )
    assert brief.event_type == "visit"
