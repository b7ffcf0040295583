"""Event type on French briefs invented for these tests (fictional people, real countries): a journey made "auprès
du" a person ("s'est rendu auprès du ministre X") is a call on that person, which briefs report as a meeting, as
"a rendu visite au ministre" already is; a journey to a place stays a visit."""

from __future__ import annotations

import datetime as dt

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12), language="fr").event_type


def test_a_journey_made_to_a_person_is_a_meeting() -> None:
    text = (
        "L'ambassadeur du Chili, Andrés Bravo Soto, s'est rendu auprès du ministre norvégien des Affaires "
        "étrangères, Ivo Berg, mardi à Oslo. Les deux hommes ont évoqué la pêche."
    )
    assert event_type(text) == "meeting"


def test_a_journey_made_to_a_place_stays_a_visit() -> None:
    text = "Le ministre chilien Andrés Bravo Soto s'est rendu mardi en Norvège pour une visite de deux jours."
    assert event_type(text) == "visit"
