"""Participants on briefs invented for these tests (fictional people, real countries): a role noun in the plural
standing alone ("los embajadores y cónsules del país", "the ministers of the cabinet") names the holders of an
office as a group, so it is no unnamed participant; a role in the singular standing alone still is one."""

from __future__ import annotations

from briefparse import parse


def _unnamed_roles(text: str) -> list[str]:
    brief = parse(text, reference_date="2020-01-01")
    return [p.role for p in brief.participants if p.name is None and p.role]


def test_envoys_in_the_plural_are_no_unnamed_participant_es() -> None:
    text = (
        "Ruiz se reúne con embajadores\n\nEl presidente Tomás Ruiz llamó a los embajadores y cónsules del país, "
        "con quienes se reunió ayer por la tarde en el Palacio de La Moneda."
    )
    assert _unnamed_roles(text) == []


def test_envoys_of_a_body_in_the_plural_are_no_unnamed_participant_es() -> None:
    text = (
        "Ruiz se reúne con embajadores\n\nEl presidente de Chile, Tomás Ruiz, se reunió este martes en el Palacio "
        "de La Moneda con los embajadores de la Unión Europea."
    )
    assert _unnamed_roles(text) == []


def test_an_envoy_in_the_singular_is_still_an_unnamed_participant_es() -> None:
    text = (
        "Ruiz recibe al embajador\n\nEl presidente Tomás Ruiz recibió ayer al embajador de Francia en el Palacio "
        "de La Moneda."
    )
    assert any(role.startswith("embajador de Francia") for role in _unnamed_roles(text))
