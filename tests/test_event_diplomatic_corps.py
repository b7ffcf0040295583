"""Event type on briefs invented for these tests (fictional people and places): a meeting with a diplomatic or
consular corps, the envoys of many countries as one body, is a gathering, whether the corps follows the meeting word
("déjeuner de travail avec le Corps consulaire", "met the diplomatic corps") or stands before a participle that closes
a verb-final clause ("hat … die Mitglieder des Konsularkorps … empfangen"). The corps that completes another noun
than its members' ("the dean of the diplomatic corps") is one envoy met: a meeting."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Déjeuner de travail avec le corps diplomatique\n\nCe 4 mars, M. Aurel Vantic, ministre des Affaires "
            "étrangères, a pris part à un déjeuner de travail avec le corps diplomatique accrédité à Valmora.",
        ),
        (
            "de",
            "Konsularkorps zu Gast im Rathaus\n\nHeute Vormittag hat Oberbürgermeister Jens Kolbert die Mitglieder des "
            "Konsularkorps im großen Saal des Rathauses empfangen.",
        ),
        (
            "en",
            "Governor meets diplomatic corps\n\nGovernor Ada Morrow met the diplomatic corps in the State House on "
            "Monday to discuss trade.",
        ),
    ],
    ids=["fr", "de", "en"],
)
def test_a_meeting_with_a_diplomatic_corps_is_a_gathering(language: str, text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 4), language=language).event_type == "conference"


def test_the_dean_of_the_corps_is_one_envoy_met() -> None:
    text = (
        "Governor meets dean of diplomatic corps\n\nGovernor Ada Morrow met the dean of the diplomatic corps, "
        "Ambassador Ivo Berg, in the State House on Monday to discuss trade."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 4), language="en").event_type == "meeting"
