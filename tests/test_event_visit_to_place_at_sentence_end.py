"""A visit to a country that ends its sentence, with a role opening the next one (briefs written for these tests:
invented people, real countries)."""

from __future__ import annotations

import briefparse


def test_a_visit_to_a_country_before_a_full_stop_is_no_call_on_the_next_sentences_minister():
    text = (
        "Ghanaian Foreign Minister Ama Boateng is on a visit to Canada. Deputy Minister Paul Girard greeted her at "
        "the airport in Ottawa on Sunday."
    )
    assert briefparse.parse(text).event_type == "visit"


def test_a_visit_paid_to_a_minister_stays_a_call():
    text = "Ghanaian Foreign Minister Ama Boateng paid a visit to Deputy Minister Paul Girard in Ottawa on Sunday."
    assert briefparse.parse(text).event_type == "meeting"
