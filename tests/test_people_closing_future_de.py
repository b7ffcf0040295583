"""A German clause that puts an encounter to come with a word closing it after the event's noun ("Danach ist ein
Gespräch mit X geplant", "steht ein Treffen mit X auf dem Programm"): X is a party to a meeting only scheduled, not
to the visit reported (briefs written for these tests: invented people, real places)."""

from __future__ import annotations

import briefparse


def names(text: str) -> list[str]:
    return [p.name for p in briefparse.parse(text).participants if p.name]


def test_a_talk_planned_after_the_visit_names_no_party():
    text = (
        "Bundespräsident Anton Kreuzberger hat am Montag den litauischen Präsidenten Darius Valeika im Schloss "
        "Bellevue in Berlin mit militärischen Ehren empfangen.\n"
        "Danach ist ein Gespräch mit Bundeskanzlerin Helga Sommerfeld (CDU) im Kanzleramt geplant."
    )
    got = names(text)
    assert "Helga Sommerfeld" not in got
    assert {"Anton Kreuzberger", "Darius Valeika"} <= set(got)


def test_a_meeting_on_the_programme_names_no_party():
    text = (
        "Bundespräsident Anton Kreuzberger hat am Montag den litauischen Präsidenten Darius Valeika im Schloss "
        "Bellevue in Berlin mit militärischen Ehren empfangen.\n"
        "Am Dienstag steht für Valeika auch ein Treffen mit Bundestagspräsident Rudolf Amsel auf dem Programm."
    )
    got = names(text)
    assert "Rudolf Amsel" not in got
    assert {"Anton Kreuzberger", "Darius Valeika"} <= set(got)


def test_a_meeting_held_before_a_later_one_is_planned_names_its_party():
    text = (
        "Bundespräsident Anton Kreuzberger hat am Montag den litauischen Präsidenten Darius Valeika im Schloss "
        "Bellevue in Berlin mit militärischen Ehren empfangen.\n"
        "Valeika traf anschließend Bundeskanzlerin Helga Sommerfeld, ein weiteres Treffen ist im Herbst geplant."
    )
    assert "Helga Sommerfeld" in names(text)


def test_a_meeting_that_was_on_the_programme_names_its_party():
    text = (
        "Der deutsche Botschafter Dr. Jonas Wallner besuchte am Montag die Steiermark.\n"
        "Ein Besuch der Kunsthochschule stand ebenso auf dem Programm wie ein Termin beim Präsidenten des Landtages, "
        "Ferdinand Grabmayr.\n"
        "Wallner analysierte gemeinsam mit Grabmayr die politische Lage."
    )
    assert "Ferdinand Grabmayr" in names(text)
