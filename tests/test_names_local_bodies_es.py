"""Spanish local and provincial bodies named in capitals right before their holder's name: the body is part of the
role, not of the name (briefs written for these tests)."""

from __future__ import annotations

import briefparse


def _participants(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_town_council_before_its_holder_is_no_part_of_the_name():
    text = (
        "La intendenta Marta Ruiz junto al titular del Concejo Ignacio Vallejos encabezó la ceremonia de la que "
        "participaron concejales y funcionarios municipales."
    )
    people = _participants(text)
    assert "Ignacio Vallejos" in people
    assert "Concejo" in (people["Ignacio Vallejos"] or "")


def test_a_deliberative_council_before_its_holder_is_no_part_of_the_name():
    text = (
        "La intendenta Marta Ruiz junto al presidente del Concejo Deliberante Ignacio Vallejos encabezó la "
        "ceremonia de la que participaron concejales y funcionarios municipales."
    )
    assert "Ignacio Vallejos" in _participants(text)
