"""Event type: the members of a group from everywhere meet as a gathering ("Foreign ministers from around the world
met", "Außenministerinnen aus aller Welt sind zusammengekommen", "Des chefs d'État du monde entier se sont réunis");
members in the feminine plural are members too ("Die Aussenministerinnen und Aussenminister der fünf Länder trafen
sich", "Las ministras de Relaciones Exteriores de la región se reunieron"); one minister meeting another stays a
meeting (invented briefs)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse

REF = dt.date(2024, 3, 4)


def _event(text: str) -> str | None:
    """The brief's event type."""
    return briefparse.parse(text, reference_date=REF).event_type


@pytest.mark.parametrize(
    "text",
    [
        "Foreign ministers from around the world met in Halifax on Monday to discuss maritime security. The talks "
        "were chaired by Minister Clara Voss.",
        "Im kanadischen Halifax sind Außenministerinnen aus aller Welt zusammengekommen, um über Sicherheit zu "
        "sprechen. Gastgeberin war Ministerin Clara Voss.",
        "Des chefs d'État du monde entier se sont réunis lundi à Halifax pour parler de sécurité maritime. La "
        "réunion était présidée par la ministre Clara Voss.",
        "Líderes de todo el mundo se reunieron el lunes en Quito para debatir la seguridad marítima. La reunión fue "
        "presidida por la ministra Clara Voss.",
    ],
)
def test_members_from_everywhere_meet_as_a_gathering(text: str) -> None:
    """Members from the whole world are many parties: a conference."""
    assert _event(text) == "conference"


def test_feminine_plural_members_meet_as_a_gathering() -> None:
    """"Die Aussenministerinnen und Aussenminister der fünf Länder trafen sich": the members in both genders."""
    assert _event(
        "Bern, 04.03.2024 - Die Aussenministerinnen und Aussenminister der fünf deutschsprachigen Länder trafen sich "
        "heute in Vaduz, um über die Zusammenarbeit zu diskutieren."
    ) == "conference"


def test_spanish_feminine_plural_members_meet_as_a_gathering() -> None:
    """"Las ministras de Relaciones Exteriores de la región se reunieron": the members in the feminine plural."""
    assert _event(
        "Quito, 4 de marzo de 2024.- Las ministras de Relaciones Exteriores de la región se reunieron hoy en Quito "
        "para debatir la seguridad marítima."
    ) == "conference"


def test_one_minister_meeting_another_stays_a_meeting() -> None:
    """Two ministers named one by one: a meeting."""
    text = "Minister Tomas Varga met Minister Issa Maroko in Halifax on Monday to discuss security."
    assert _event(text) == "meeting"
