"""English briefs from Malaysia name a state's head of government by the Malay title "Menteri Besar" (or its
capitals "MB"); the title is a role before the name, not part of it."""

import briefparse


def _names_and_roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in briefparse.parse(text, reference_date="2025-03-04").participants]


def test_menteri_besar_is_a_role_before_the_name():
    text = (
        "PM receives courtesy call from Kedah MB\n\nKUALA LUMPUR, March 4 — Prime Minister Hamdan Yusof today "
        "received a courtesy call from Kedah Menteri Besar Roslan Idris at his office.\n\n"
        "Roslan said the meeting discussed flood relief for the state.\n"
    )
    assert _names_and_roles(text) == [("Hamdan Yusof", "Prime Minister"), ("Roslan Idris", "Kedah Menteri Besar")]


def test_mb_capitals_open_the_name():
    text = (
        "KUALA LUMPUR, March 4 — Selangor MB Roslan Idris today paid a courtesy call on Prime Minister Hamdan "
        "Yusof at Perdana Putra.\n"
    )
    assert [name for name, _ in _names_and_roles(text)] == ["Roslan Idris", "Hamdan Yusof"]
