"""A page may glue its kicker to the headline by a colon with no space when its text is copied ("Marin in
Norland:Handel und Gletscherblick"): the headline is what follows the colon; two nouns joined in a German headline
that reports no event ("Handel und Gletscherblick") are no pair of people.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse

BODY = (
    "\n\nLesezeit: 1 min\n\n"
    "Zweimal im Jahr lädt Norland ausländische Staatsoberhäupter ein. Als Präsident Paul Marin am Mittwoch am "
    "Flughafen von Kessel ankam, wartete dort der norländische Präsident Jan Ostrik mit einem Sonderzug.\n"
)


def test_the_headline_is_what_follows_a_glued_colon():
    brief = briefparse.parse("Marin in Norland:Handel und Gletscherblick" + BODY)
    assert brief.title == "Handel und Gletscherblick"


def test_two_nouns_joined_in_a_german_headline_without_an_event_are_no_people():
    names = {p.name for p in briefparse.parse("Marin in Norland:Handel und Gletscherblick" + BODY).participants}
    assert not names & {"Handel", "Gletscherblick"}


def test_a_kicker_set_off_by_a_spaced_colon_stays_in_the_headline():
    assert briefparse.parse("Marin in Norland: Handel und Gletscherblick" + BODY).title == (
        "Marin in Norland: Handel und Gletscherblick"
    )
