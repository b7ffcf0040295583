"""Location on briefs invented for these tests (fictional people, real cities): where a verb of saying comes before
its subject ("erklärte Ministerin X am Montag in Hamburg", "sagte er in Leipzig"), the place after the subject and
the day is where the statement was made."""

from __future__ import annotations

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text).location


def test_a_name_between_the_verb_of_saying_and_its_day_and_place() -> None:
    text = (
        "Bundespräsidentin Marta Kessler hat den Opfern des Hochwassers in Varnien ihr Mitgefühl ausgesprochen. "
        '"Unsere Gedanken sind bei den Familien", erklärte Kessler am Montag in Hamburg.\n'
        "Sie dankte den Helfern für ihren Einsatz."
    )
    assert place(text) == "Hamburg"


def test_a_role_and_a_name_between_the_verb_of_saying_and_its_place() -> None:
    text = (
        "Außenminister Tobias Renner zu dem Anschlag in Varnien\n\n"
        "Zu dem Anschlag auf ein Hotel in Varnien sagte Außenminister Tobias Renner in Leipzig:\n"
        "„Wir verurteilen diese Tat auf das Schärfste. Unsere Gedanken sind bei den Opfern.“"
    )
    assert place(text) == "Leipzig"

