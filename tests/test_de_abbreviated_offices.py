"""Participants on briefs invented for these tests (fictional people, real towns): the offices an Austrian release
abbreviates in capitals before a name ("LR", "NR") and a town's heads of department ("Dezernent") are roles; an
abbreviation written in small letters is none."""

from __future__ import annotations

import pytest

from briefparse import parse

CITY_HALL = (
    "Leipzig. Bürgermeister Jens Wolter empfing am Montag im Rathaus die Kulturdezernenten Jan Frei und Otto Kurz."
)
LAND_HOUSE = "Graz, 4. März 2024 – Bürgermeister Anton Reiter empfing am Montag LR Maria Huber und NR Karl Lenz."


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            CITY_HALL,
            {"Jens Wolter": "Bürgermeister", "Jan Frei": "Kulturdezernenten", "Otto Kurz": "Kulturdezernenten"},
        ),
        (LAND_HOUSE, {"Anton Reiter": "Bürgermeister", "Maria Huber": "LR", "Karl Lenz": "NR"}),
    ],
)
def test_an_abbreviated_office_or_a_department_head_before_a_name_is_its_role(text: str, roles: dict[str, str]) -> None:
    found = {p.name: p.role for p in parse(text).participants}
    for name, role in roles.items():
        assert found.get(name) == role


def test_an_abbreviation_in_small_letters_is_no_role() -> None:
    brief = parse("Graz, 4. März 2024 – Bürgermeister Anton Reiter empfing am Montag im Haus Nr. 5 Karl Lenz.")
    assert {p.role for p in brief.participants if p.name == "Anton Reiter"} == {"Bürgermeister"}
    assert all(p.role is None or "Nr" not in p.role for p in brief.participants)
