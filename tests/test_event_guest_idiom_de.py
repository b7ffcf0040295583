"""The German idiom of a guest's stay, "zu Gast" ("Im Kanzleramt zu Gast waren X und Y", "Z zu Gast bei Firma W"):
a visit, whose guests take part and whose place is where they were received; a diplomatic corps as the guest is
still a gathering (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def test_guests_in_the_chancellery_take_part_there() -> None:
    """The caption's credit runs the lead into its line; "Im Kanzleramt zu Gast waren …" still tells the visit."""
    brief = briefparse.parse(
        "Bürgermeister Paul Hainz saß mit Bundeskanzler Karl Moser zusammen. ©Pressedienst/LENA ORT\n"
        "Bundeskanzler Karl Moser hat am Freitag weitere Antrittsbesuche absolviert. Im Kanzleramt zu Gast waren "
        "Bürgermeister Paul Hainz aus Graz und der Präsident der Landwirtschaftskammer, Otto Brenner.",
        reference_date=REF,
    )
    assert brief.event_type == "visit"
    assert brief.location == "Kanzleramt"
    assert "Otto Brenner" in [p.name for p in brief.participants]


def test_guest_at_a_company_visits_its_town() -> None:
    """"… zu Gast bei Norberg in Traunstein": the visit's city, not the plant's long name."""
    brief = briefparse.parse(
        "Ministerpräsident Moser zu Gast bei Norberg in Traunstein\n\n(25.07.2018)\n\nTraunstein.\nZu einem "
        "Informationsbesuch kam Ministerpräsident Karl Moser Anfang der Woche ins Werk Traunstein der Norberg Chemie "
        "AG.\n\nDr. Anna Berg, Vorsitzende des Vorstands, stellte den Konzern vor.",
        reference_date=REF,
    )
    assert brief.event_type == "visit"
    assert brief.location == "Traunstein"
