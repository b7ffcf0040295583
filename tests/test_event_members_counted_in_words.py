"""Event type on briefs invented for these tests (fictional people and countries): the members of a gathering counted
in words ("eleven heads of state", "une dizaine de chefs d'État") make their meeting a gathering, as a count in figures
does; two counted in words stay a meeting."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "President Paul Marin received eleven heads of state in Kessel on Wednesday for talks on regional "
            "security.",
            "conference",
        ),
        (
            "Une dizaine de chefs d'État se sont réunis mercredi à Kessel pour discuter de la sécurité régionale.",
            "conference",
        ),
        (
            "El presidente Paul Marin recibió el miércoles en Kessel a doce cancilleres para tratar la seguridad "
            "regional.",
            "conference",
        ),
        (
            "Präsident Paul Marin empfing am Mittwoch in Kessel zwölf Minister, um über die regionale Sicherheit zu "
            "beraten.",
            "conference",
        ),
        (
            "Пять министров иностранных дел встретились в среду в Кесселе, чтобы обсудить региональную безопасность.",
            "conference",
        ),
        ("President Paul Marin received two ministers in Kessel on Wednesday to discuss regional security.", "meeting"),
    ],
)
def test_members_counted_in_words_make_a_gathering(text: str, kind: str) -> None:
    assert parse(text).event_type == kind


@pytest.mark.parametrize("members", ["chefs d'Etat", "chefs d’Etats", "chefs d'État"])
def test_members_counted_with_their_capital_written_without_its_accent_make_a_gathering(members: str) -> None:
    """Many sites write a capital without its accent, and the plural of the state too ("12 chefs d'Etats")."""
    text = f"Cette réunion regroupe à Kessel 12 {members} de la région, a indiqué le ministre Paul Marin."
    assert parse(text).event_type == "conference"
