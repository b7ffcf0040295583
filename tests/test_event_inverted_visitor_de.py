"""Event type on German briefs invented for these tests (fictional people, real places): where a phrase set before
the finite verb opens the clause ("Auf Einladung von …", "Angesichts der Lage …", "trotzdem"), the person right after
a verb of visiting is its subject, the visitor, and the trip stays a visit; a person after the verb of a clause that
opens on its subject is whom the visit is paid to, a meeting."""

from __future__ import annotations

from briefparse import parse


def test_a_visitor_after_a_fronted_phrase_makes_a_visit() -> None:
    text = (
        "Angesichts der Lage in der Region reist Bundeskanzlerin Greta Holmberg am Samstag zu einem Gespräch mit "
        "dem Präsidenten nach Warschau. Das kündigte ein Sprecher an."
    )
    assert parse(text, language="de").event_type == "visit"


def test_a_visitor_after_an_adverb_makes_a_visit() -> None:
    text = (
        "Seine Wahl liegt ein Jahr zurück, trotzdem besucht Bundespräsident Karl Wendler am Montag zum ersten Mal "
        "offiziell die Hansestadt Bremen. Für seinen Aufenthalt steht einiges auf dem Programm."
    )
    assert parse(text, language="de").event_type == "visit"


def test_a_person_visited_by_the_subject_stays_a_meeting() -> None:
    text = (
        "Bundeskanzlerin Greta Holmberg besuchte Präsident Tomas Valdor in Warschau. Beide sprachen über die Lage in "
        "der Region."
    )
    assert parse(text, language="de").event_type == "meeting"
