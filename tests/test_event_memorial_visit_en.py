"""Event type of a tribute paid at a place of remembrance, on briefs invented for these tests (fictional people, real
countries and cities): a visit whose object is a memorial, a monument or a remembrance centre ("visited the National
Heroes' Memorial and paid homage") is the ceremony held there, 'other', as a wreath laid is; so are flowers laid
("laid flowers at a monument"). A visit to a country or a city stays a visit."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "lead",
    [
        "Prime Minister Tomas Berg on Friday visited the National Heroes' Memorial in Hanoi and paid homage to the "
        "fallen.",
        "Hanoi, May 3 - Prime Minister Tomas Berg visited the Lake District Remembrance Centre on Friday, paying "
        "homage to the victims of the 1950 flood.",
        "Prime Minister Tomas Berg paid a solemn visit to the war memorial in Darwin on Friday.",
        "Prime Minister Tomas Berg on Friday laid flowers at a monument in Hanoi to the victims of the 1950 flood.",
    ],
)
def test_a_tribute_at_a_place_of_remembrance_is_a_ceremony(lead: str) -> None:
    text = (
        f"{lead}\n\n"
        "The memorial honours the soldiers who fell in the war of 1950. Berg then toured the museum and signed the "
        "guest book.\n\n"
        "Berg arrived in Vietnam on Thursday for a two-day visit during which he will hold talks with his "
        "counterpart Mai Lan."
    )
    assert parse(text, reference_date="2023-05-06").event_type == "other"


def test_a_visit_to_a_city_stays_a_visit() -> None:
    text = (
        "Prime Minister Tomas Berg on Friday visited Hanoi, where he was welcomed by his counterpart Mai Lan.\n\n"
        "Berg arrived in Vietnam on Thursday for a two-day official visit. He will also travel to Da Nang."
    )
    assert parse(text, reference_date="2023-05-06").event_type == "visit"
