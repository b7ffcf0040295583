"""German event type: the members of a group named by a compound whose last part is the members' noun
("EU-Außenminister", "die Außenminister der EU-Staaten") meet as a gathering; the same compound in the singular, a
former holder's, or one minister's meeting stays a meeting; an audience named by a compound ("Privataudienz") is a
meeting (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _event(text: str) -> str | None:
    """The brief's event type."""
    return briefparse.parse(text, reference_date=REF).event_type


def test_group_prefixed_members_meet_as_a_gathering() -> None:
    """"Die Nato-Verteidigungsminister beraten heute in Brüssel": the group named in the compound, a gathering."""
    assert _event(
        "Brüssel (dpa) - Die Nato-Verteidigungsminister beraten heute in Brüssel über die Lage an der Ostflanke. "
        "Für Deutschland nimmt Minister Karl Dorn teil."
    ) == "conference"


def test_members_of_a_group_after_a_plural_article_meet_as_a_gathering() -> None:
    """"Die Agrarminister der Ostseestaaten beraten": a plural article before the compound, the group after it."""
    assert _event(
        "Lindau - Die Agrarminister der Ostseestaaten beraten am Montag in Lindau über die Fischereiquoten. "
        "Gastgeberin ist Ministerin Anna Weller."
    ) == "conference"


def test_one_minister_of_a_country_stays_a_meeting() -> None:
    """"Der Außenminister der Ukraine, X, beriet mit Y": one office holder, a meeting."""
    assert _event(
        "Berlin - Der Außenminister der Ukraine, Pawel Marek, beriet am Montag in Berlin mit Bundesaußenministerin "
        "Anna Weller über die Lage im Land."
    ) == "meeting"


def test_former_holder_stays_a_meeting() -> None:
    """"Ex-Außenminister X traf": a former holder's mark is no group's name."""
    assert _event("Berlin - Der Ex-Außenminister traf am Montag in Berlin den Botschafter Karl Dorn.") == "meeting"


def test_private_audience_is_a_meeting() -> None:
    """"war zu einer Privataudienz beim Papst": an audience named by its compound, a meeting."""
    assert _event(
        "Der Präsident Paul Marin war am Mittwoch zu einer Privataudienz beim Papst. Beim Abschied versicherte "
        "Marin, er werde die Worte nicht vergessen."
    ) == "meeting"
