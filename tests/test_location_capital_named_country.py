"""A country whose capital bears its name ("Vatikan", "Djibouti") places the event as a city does, even when the
sentence that names it is not the first one telling the event; a country without such a capital stays a topic there
(briefs written for these tests)."""

from __future__ import annotations

import briefparse


def test_a_country_named_as_its_capital_in_a_later_event_sentence_is_the_place() -> None:
    text = (
        "Paul Marin: Privataudienz beim Papst\n\n"
        "Papst Aurel hat Bundeskanzler Paul Marin am Samstag im Vatikan begrüsst. "
        "Das Kirchenoberhaupt hat Marin zu einer Privataudienz empfangen."
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "meeting"
    assert brief.location == "Vatikan"


def test_a_country_without_a_capital_of_its_name_stays_a_topic() -> None:
    text = (
        "Paul Marin trifft Hans Albrink\n\n"
        "Bundeskanzler Paul Marin hat am Samstag Außenminister Hans Albrink getroffen. "
        "Marin hat mit Albrink über die Hilfe für Tschad gesprochen."
    )
    brief = briefparse.parse(text)
    assert brief.location is None
