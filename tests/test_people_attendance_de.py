"""German sentences that say who else was there or who made up a delegation, with the verb after its complement
("Ebenfalls anwesend waren X", "unter der Leitung von X", "Weitere Mitglieder der Delegation waren X MdB"), and the
spaced honorific "S. E." (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _people(text: str) -> list[tuple[str | None, str | None]]:
    """The participants' names and roles."""
    return [(p.name, p.role) for p in briefparse.parse(text, reference_date=REF).participants]


def test_present_with_the_verb_last() -> None:
    """"Ebenfalls anwesend waren X und Y": both were at the reception."""
    names = [n for n, _ in _people(
        "Lindau – Landeshauptfrau Anna Weller empfing am Montag Botschafter Karl Dorn. Ebenfalls anwesend waren "
        "Landesrat Paul Marin und Bürgermeisterin Maria Kolb."
    )]
    assert {"Paul Marin", "Maria Kolb"} <= set(names)


def test_delegation_members_and_parliament_post_nominal() -> None:
    """"Weitere Mitglieder der Delegation waren … Anna Weller MdB": members, "MdB" no part of the name."""
    names = [n for n, _ in _people(
        "Sofia – Bundespräsident Karl Dorn reiste am Montag nach Valdorien. Weitere Mitglieder der Delegation waren "
        "unter anderem Staatsministerin Anna Weller MdB und der Musiker Paul Marin."
    )]
    assert "Anna Weller" in names
    assert "Paul Marin" in names


def test_delegation_leader_after_the_delegation() -> None:
    """"eine Delegation … unter der Leitung von Vizeminister X": the delegation's head takes part."""
    people = _people(
        "Lindau – Eine Delegation aus Valdorien hat am Montag das Rathaus besucht. Bürgermeister Karl Dorn "
        "begrüßte die Gäste. Die Delegation stand unter der Leitung von Vizeminister Paul Marin."
    )
    assert ("Paul Marin", "Vizeminister") in people


def test_spaced_excellency_before_a_name() -> None:
    """"der Botschafter der Republik Norland, S. E. Paul Marin": the honorific is no part of the name."""
    names = [n for n, _ in _people(
        "Lindau – Bürgermeister Karl Dorn empfing am Montag den Botschafter der Republik Norland, S. E. Paul Marin, "
        "im Rathaus."
    )]
    assert "Paul Marin" in names
