"""A reception told with the guest's arrival at an airport, and an envoy arriving "here" (briefs written for these
tests: invented people, real countries)."""

from __future__ import annotations

import briefparse


def test_a_reception_upon_arrival_at_an_airport_past_long_titles_is_a_visit():
    text = (
        "KING RECEIVES BAHRAINI PRINCE\n\n"
        "King Tomas Aldren on Thursday received Prince Selim Haddar, deputy prime minister of Bahrain and commander "
        "of its royal guard, upon his arrival at Queen Alia International Airport.\n\n"
        "The two leaders will discuss trade and water projects during the two-day stay."
    )
    assert briefparse.parse(text).event_type == "visit"


def test_a_reception_with_no_airport_after_the_arrival_stays_a_meeting():
    text = (
        "King Tomas Aldren on Thursday received Prince Selim Haddar, deputy prime minister of Bahrain, after his "
        "arrival in the country last week, and discussed trade and water projects with him at the Royal Palace."
    )
    assert briefparse.parse(text).event_type == "meeting"


def test_an_envoy_arriving_here_makes_a_visit_not_a_call():
    text = (
        "RIYADH, May 4 (DWN) -- Karim Osmani, special envoy of the President of Egypt, arrived here on Sunday "
        "for talks on trade.\n\n"
        "Foreign Minister Rami Dahlan and senior officials greeted him."
    )
    assert briefparse.parse(text).event_type == "visit"
