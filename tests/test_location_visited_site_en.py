"""A visit to a site its noun names ("visited the Kessel refugee camp", "Visits Varna Camps", "visited the Kessel
High School") is placed at that site, as a visit to a venue is; a meeting keeps the place of its talks (English briefs
written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse

_REF = dt.date(2024, 3, 3)


def test_a_refugee_camp_visited_is_the_place():
    text = (
        "Jakarta (Agency) - Foreign Minister Lena Marsh visited the Kessel refugee camp near the border to see the "
        "condition of the refugees.\n\n"
        "The minister spoke to families who had arrived in the past weeks.\n\n"
        "Marsh said the government would send more food and medicine to the camp.\n"
    )
    brief = briefparse.parse(text, reference_date=_REF)
    assert brief.event_type == "visit"
    assert brief.location == "Kessel refugee camp"


def test_camps_in_a_headline_are_no_person_visited():
    text = (
        "German Foreign Minister Visits Varna Camps\n\n"
        "On March 2, 2024, Oskar Lindell, the German Minister for Foreign Affairs, visited Varna camps, run by a "
        "charity, to see the situation of the displaced people.\n\n"
        "The minister was received by the camp's staff and during a meeting the needs of the families were "
        "discussed.\n"
    )
    brief = briefparse.parse(text, reference_date=_REF)
    assert brief.event_type == "visit"
    assert brief.location == "Varna camps"


def test_a_school_visited_is_the_place():
    text = (
        "Education Minister Tomas Orvell on Monday visited the Kessel High School, where he met teachers and "
        "students.\n\n"
        "He praised the school's results and promised a new science laboratory.\n"
    )
    brief = briefparse.parse(text, reference_date=_REF)
    assert brief.location == "Kessel High School"


def test_a_meeting_keeps_its_venue_over_a_site_visited():
    """Control: a luncheon at a museum after a visit to a university is placed at the museum."""
    text = (
        "During her trip, Minister Anna Kowal visited the National University of Samoa.\n\n"
        "Prime Minister Lena Marsh hosted a luncheon in honour of Minister Kowal and her delegation at the RLS "
        "Museum, Vailima on Friday.\n"
    )
    brief = briefparse.parse(text, reference_date=_REF)
    assert brief.event_type == "meeting"
    assert brief.location is not None and "University" not in brief.location
