"""A place the gazetteer does not know, which the event's sentence says the event was held at, is the event's
place before a known place of a later sentence; what one takes part in is no place. Every brief here is invented
for the test."""

import datetime as dt

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 11, 15)).location


def test_an_unknown_venue_the_event_was_held_at_beats_a_known_city_named_later():
    text = (
        "Keller signs clinic deed\n\n"
        "Governor Tomas Keller signed the handover deed of the new district clinic in a ceremony held at Ferrow "
        "Green on Friday.\n\n"
        "Keller said a second clinic would follow in Madrid next year.\n\n"
        "Minister Ana Brook attended the ceremony."
    )
    assert place(text) == "Ferrow Green"


def test_what_a_minister_takes_part_in_is_no_place():
    text = (
        "VALMORA: Minister Tomas Keller on Wednesday participated in Harvest Week Jubilee celebrations and met "
        "several delegations.\n\nThe minister also inaugurated a water plant.\n\nThe plant will serve twelve "
        "villages."
    )
    assert place(text) != "Harvest Week Jubilee"
