"""Event type on briefs invented for these tests (fictional people, real countries): a reception or welcome verb
whose object is news, a decision or a move reports a statement, not a meeting: told with a feeling ("has received
with deep sadness the news", "accueille avec satisfaction l'accord", "ha recibido con profunda tristeza"), or
acting on what a country, a body named by its acronym or a person owns or does ("welcomed Norway's decision",
"welcomed the UN Security Council resolution"). A guest named after the owner ("Norway's Prime Minister X",
"Kessel's mayor X") or members of a body ("EU foreign ministers") are still received."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Accident in Peru\n\nThe Government of Valdoria has received with deep sadness the news of the bus "
            "accident that claimed dozens of lives yesterday near Cusco.\nValdoria shares the grief of the families.",
        ),
        (
            "es",
            "Accidente en Perú\n\nEl Gobierno de Valdoria ha recibido con profunda tristeza las informaciones "
            "relativas a las víctimas del accidente ocurrido ayer cerca de Cusco.\nValdoria comparte el dolor de "
            "las familias.",
        ),
        (
            "fr",
            "Accord au Soudan\n\nLe gouvernement de Valdoria accueille avec satisfaction l'accord conclu hier à "
            "Djouba entre les parties.\nIl appelle à sa mise en œuvre rapide.",
        ),
        (
            "es",
            "El Ministerio de Relaciones Exteriores de Valdoria recibió con beneplácito la decisión del Consejo de "
            "Seguridad sobre Haití.",
        ),
    ],
)
def test_news_received_with_a_feeling_is_a_statement(language: str, text: str) -> None:
    assert parse(text, language=language, reference_date="2024-05-10").event_type == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Valdoria welcomes Norway's readiness for dialogue: ministry\n"
        "The Foreign Office said Valdoria welcomed Norway’s readiness to resume dialogue on the border.\n"
        "Spokesperson Paul Marin on Thursday said the offer was a welcome step.",
        "Valdoria on Thursday welcomed the UK's decision to hand over the islands to Mauritius.",
        "The Cabinet also welcomed the UN Security Council resolution to extend the arms embargo.",
        "President Paul Marin welcomed Berg's proposal for a ceasefire along the border.",
    ],
)
def test_a_move_welcomed_is_a_statement(text: str) -> None:
    assert parse(text, language="en", reference_date="2024-05-10").event_type == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "President Paul Marin welcomed Norway’s Prime Minister Ivo Berg at the palace.",
        "President Paul Marin welcomed Kessel's mayor Ivo Berg at the palace.",
        "President Paul Marin welcomed EU foreign ministers at the palace.",
        "President Paul Marin welcomed the UN envoy Ivo Berg at the palace.",
        "President Paul Marin received Ambassador Ivo Berg warmly at the palace.",
    ],
)
def test_a_guest_welcomed_is_still_met(text: str) -> None:
    assert parse(text, language="en", reference_date="2024-05-10").event_type == "meeting"
