"""German titles of the offices of Länder, cantons and districts ("Landrat", "Landesrätin", "LH"), on invented
briefs."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _participants(text: str) -> list[tuple[str | None, str | None]]:
    """Each participant's name and role."""
    return [(p.name, p.role) for p in briefparse.parse(text, reference_date=REF).participants]


def test_district_head_before_a_doctor_s_name_is_the_role() -> None:
    """"Landrat Dr. X": the title is the role, the academic degree between is dropped."""
    found = dict(
        _participants("Landrat Dr. Paul Marin empfing am Montag in Lindau den Botschafter von Valdoria, Karl Norberg.")
    )
    assert found["Paul Marin"] == "Landrat"


def test_feminine_council_member_and_abbreviated_governor_are_roles() -> None:
    """"Landesrätin X", "LH Y": the umlauted feminine and the Austrian abbreviation title their holders."""
    found = dict(
        _participants(
            "Am Montag traf LH Paul Marin in Lindau die Landesrätin Anna Berg und den Botschafter Karl Norberg."
        )
    )
    assert found["Paul Marin"] == "LH"
    assert found["Anna Berg"] == "Landesrätin"


def test_cantonal_government_as_a_body_is_no_one_s_title() -> None:
    """"mit dem Berner Regierungsrat": the council, not a member of it, so no role that names no one (a guard: the
    members' plural and feminine are titles, the council's own name is not)."""
    found = _participants(
        "Die Landesregierung von Valdoria traf sich am Montag mit dem Berner Regierungsrat zum Frühstück. "
        "Präsidentin Anna Berg führte die Gäste durch Lindau."
    )
    assert all(role is None or "Regierungsrat" not in role for _name, role in found)
