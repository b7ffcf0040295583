"""A sentence ending in a colon that tells a written message sent, whose text follows, reports the statement and may
lead the points (briefs written for these tests)."""

from __future__ import annotations

import briefparse


def first_point(text: str) -> str:
    points = briefparse.parse(text).summary_points
    return points[0].text if hasattr(points[0], "text") else str(points[0])


def test_a_condolence_letter_sent_leads_in_german() -> None:
    text = (
        "Pressemitteilung\nDatum: 04.05.2021\n"
        "Landtagspräsidentin Ines Kessler hat dem Präsidenten des Parlaments von Valdorien, Paul Marin, folgendes "
        "Beileidsschreiben übersandt:\n"
        "Sehr geehrter Herr Kollege, mit großer Trauer habe ich von dem schweren Unglück in Ihrem Land erfahren. "
        "Den Familien der Opfer gilt unser tiefes Mitgefühl.\nInes Kessler\n"
    )
    assert first_point(text).startswith("Landtagspräsidentin Ines Kessler hat dem Präsidenten")


def test_a_message_sent_leads_in_french() -> None:
    text = (
        "Inondations : message de solidarité\n\n"
        "Après les inondations, le président valdorien Paul Marin a adressé le message suivant à son homologue "
        "norlandais Jean Kessler :\n"
        "« Monsieur le Président, c'est avec une profonde tristesse que j'ai appris les inondations qui ont frappé "
        "votre pays. Je vous adresse mes sincères condoléances. »\n"
    )
    assert first_point(text).startswith("Après les inondations, le président valdorien Paul Marin a adressé")
