"""A wreath placed is a wreath laid ("placed the ceremonial wreath at the Tomb"): a ceremony of honour, 'other', not
the arrival or the attendance told after it (English briefs written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def test_a_ceremonial_wreath_placed_is_a_ceremony_not_the_arrival_after_it():
    text = (
        "Governor Daniel Whitcombe placed the ceremonial wreath at Glenwood Cemetery on Memorial Day.\n\n"
        "He arrived at the cemetery as a band played the anthem.\n\n"
        "His wife Laura Whitcombe attended the ceremony along with Mayor Helen Brandt.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 27)).event_type == "other"


def test_wreaths_placed_in_a_headline_are_read():
    text = (
        "Minister places wreath at Kranji Cemetery\n\n"
        "Defence Minister Arun Kesavan was accompanied by Colonel Lim Wei Jie on Saturday morning.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 27)).event_type == "other"


def test_an_arrival_with_no_wreath_stays_a_visit():
    """Control: a visit with no wreath stays a visit."""
    text = (
        "Defence Minister Arun Kesavan arrived in Singapore on Saturday for a two-day official visit, accompanied "
        "by Colonel Lim Wei Jie.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 27)).event_type == "visit"


def test_wreaths_told_in_the_passive_or_the_first_wreath_are_read():
    text = (
        "Several wreaths were laid at the Cenotaph in Castries yesterday to mark Remembrance Day.\n\n"
        "Governor General Marcus Delaney laid the first wreath, followed by members of the diplomatic corps.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 11, 11)).event_type == "other"
