"""A headline over a subhead that names the event: the headline, when the lead takes up its matter; a site's
greeting over a headline is no headline.

Every brief here is invented for the test.
"""

import briefparse


def test_the_first_line_is_the_headline_over_the_subhead_that_names_the_event():
    text = (
        "Ministerpräsident Paul Marin wirbt in Valdoria für den Standort Norland\n"
        "Delegation aus Wirtschaft und Wissenschaft reist nach Valdor und Kessel\n"
        "Norlands Ministerpräsident Paul Marin wird am Samstag mit einer Delegation nach Valdoria aufbrechen.\n"
        "In Valdor und Kessel sind Gespräche mit Unternehmen geplant, teilte die Staatskanzlei mit.\n"
    )
    assert briefparse.parse(text).title == "Ministerpräsident Paul Marin wirbt in Valdoria für den Standort Norland"


def test_a_greeting_over_the_headline_that_names_the_event_stays_no_headline():
    text = (
        "Willkommen auf den Seiten des Ministeriums von Norland\n"
        "Minister Paul Marin reist nach Valdoria und Kessel\n"
        "Minister Paul Marin reist am Montag zu Gesprächen nach Valdoria.\n"
        "Dort trifft er Außenminister Jon Ostrik.\n"
    )
    assert briefparse.parse(text).title == "Minister Paul Marin reist nach Valdoria und Kessel"
