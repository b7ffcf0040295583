"""An inspection made on the spot ("inspected the ongoing works", "Premier Inspects Cement Complex", "made a field
survey of", "a two-day working tour") is a visit to the site or the region, not the meeting held there nor the
project it opens (English briefs written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def test_a_headline_inspection_and_a_field_survey_are_a_visit():
    text = (
        "Premier Varek Inspects Kessel Steel Complex\n\n"
        "Pyongyang, March 3 (Agency) -- Premier Jon Varek made a field survey of the Kessel Steel Complex.\n\n"
        "Going round the shops of the complex, he praised the workers for their output.\n\n"
        "A consultative meeting was held on the spot to discuss measures to keep production at a high rate.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 3)).event_type == "visit"


def test_an_inspection_and_a_working_tour_are_a_visit():
    text = (
        "Mr Tomas Orvell, Minister of Roads, has inspected some ongoing road projects in the Volta Region.\n\n"
        "The two-day working tour took the Minister to the district offices at Ho and Hohoe.\n\n"
        "Mr Orvell also inaugurated a new footbridge at Kpando on Thursday.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 3)).event_type == "visit"


def test_talks_after_a_guard_inspected_stay_a_meeting():
    """Control: a guard of honour inspected before talks leaves the talks the event."""
    text = (
        "President Lena Marsh held talks with Prime Minister Oskar Lindell in Accra on Monday.\n\n"
        "The two leaders discussed trade and security, and agreed to meet again next year.\n\n"
        "Earlier, Lindell inspected a guard of honour at the Jubilee House.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 3)).event_type == "meeting"
