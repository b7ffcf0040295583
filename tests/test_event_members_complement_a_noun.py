"""Event type on briefs invented for these tests (fictional people, real countries): the members of a group right after
a link word complement another noun ("el presidente del Consejo de Ministros de Perú, X, recibió", "le président du
Conseil des ministres du Pérou, X, a reçu"): the commas after them set off a name, not a list of parties, and the
verb reports one person's meeting. Members that open the subject themselves still make a gathering."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Lima, 12 de marzo (EFE).- El presidente del Consejo de Ministros de Perú, Andrés Bravo Soto, recibió este "
            "martes al enviado especial del presidente de Noruega, Ivo Berg.",
        ),
        (
            "fr",
            "Lima, 12 mars (AFP) - Le président du Conseil des ministres du Pérou, Andrés Bravo Soto, a reçu mardi "
            "l'envoyé spécial du président de la Norvège, Ivo Berg.",
        ),
    ],
    ids=["es", "fr"],
)
def test_members_after_a_link_word_are_not_the_subject(language: str, text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12), language=language).event_type == "meeting"


def test_members_opening_the_subject_still_gather() -> None:
    text = "Los ministros de Exteriores de Perú, Chile, Noruega y España se reunieron el martes en Lima."
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12), language="es").event_type == "conference"
