"""A signing or a ceremony that the lead reports by its main word is the event, whatever the words of the visit or
the talks it was part of add up to after it; a "visiting" that describes a party ("his visiting counterpart",
"Visiting President X and Y witnessed …") is no event word of its own (English briefs written for these tests,
invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def test_a_visiting_counterpart_who_signs_an_agreement_is_a_signing():
    text = (
        "Iranian Foreign Minister Darius Kavehzad and his visiting Turkish counterpart, Emre Tolunay, signed an "
        "agreement in a bid to boost political cooperation between the two neighbouring countries.\n\n"
        "Speaking to reporters at the end of a meeting of the Iran-Turkey Joint Commission in Isfahan on Saturday, "
        "the spokesman said the document was signed by the two ministers.\n\n"
        "The document is a roadmap for the two ministries to boost cooperation in various fields.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 3)).event_type == "other"


def test_a_visiting_president_who_witnesses_a_signing_is_a_signing():
    text = (
        "Visiting Tajik President Rustam Nazarzoda and Prime Minister Kamran Aslam witnessed the signing of several "
        "agreements in Islamabad on Thursday.\n\n"
        "President Nazarzoda is on a two-day official visit to Pakistan at the invitation of the Prime Minister.\n\n"
        "The two leaders also held delegation-level talks at the PM House.\n\n"
        "Nazarzoda is on his first visit to Pakistan since 2018.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 3)).event_type == "other"


def test_a_visiting_minister_who_meets_his_host_stays_a_meeting():
    """Control: with a meeting verb after the visiting guest, the meeting is the event."""
    text = (
        "Visiting Indian Foreign Minister Arun Mehra met President Lena Marsh at the Jubilee House in Accra on "
        "Monday.\n\n"
        "The two discussed trade and investment, and agreed to deepen cooperation.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 3)).event_type == "meeting"


def test_a_visit_whose_lead_reports_talks_stays_a_visit():
    """Control: a lead whose main word is the visit keeps it, with the agreements signed during it told later."""
    text = (
        "Prime Minister Oskar Lindell arrived in Hanoi on Monday for a three-day official visit to Vietnam.\n\n"
        "He was welcomed at the airport by Deputy Prime Minister Tran Minh.\n\n"
        "During the visit, the two sides are expected to sign several agreements.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 3)).event_type == "visit"
