"""Event type on agency briefs invented for these tests (fictional people, real countries): a lead that reports what
a leader said, and a next sentence that sets those remarks, referred back to, at a meeting ("X a fait ces remarques
lors de sa rencontre avec Y", "made the remarks during his meeting with Y"): the brief reports that meeting. Remarks
set at a speech to no one in particular stay a statement."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "KESSEL, 12 mars (Xinhua) -- Les relations entre le Chili et la Norvège sont d'une importance unique, a "
            "déclaré mardi le président chilien Andrés Bravo Soto.\n\nM. Bravo a fait ces remarques lors de sa "
            "rencontre avec le Premier ministre norvégien Ivo Berg, en marge du sommet du Pacte du Lac.",
        ),
        (
            "en",
            "KESSEL, March 12 (Xinhua) -- Relations between Chile and Norway are of unique importance, Chilean "
            "President Andres Bravo Soto said on Tuesday.\n\nBravo made the remarks during his meeting with Norwegian "
            "Prime Minister Ivo Berg on the sidelines of the Lake Pact summit.",
        ),
        (
            "es",
            "KESSEL, 12 mar (Xinhua) -- Las relaciones entre Chile y Noruega tienen una importancia única, afirmó el "
            "martes el presidente chileno, Andrés Bravo Soto.\n\nBravo hizo estas declaraciones durante su reunión "
            "con el primer ministro noruego, Ivo Berg, al margen de la cumbre del Pacto del Lago.",
        ),
    ],
    ids=["fr", "en", "es"],
)
def test_remarks_set_at_a_meeting_report_the_meeting(language: str, text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12), language=language).event_type == "meeting"


def test_remarks_set_at_a_speech_stay_a_statement() -> None:
    text = (
        "Chilean President Andres Bravo Soto said on Tuesday that relations with Norway matter.\n\nHe made the "
        "remarks in a speech to students in Santiago."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12), language="en").event_type == "statement"
