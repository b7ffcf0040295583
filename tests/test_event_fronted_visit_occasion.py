"""Event type on briefs invented for these tests (invented people, real places): a visit, even one named by its
rank, told in the words that open the first event sentence before its subject ("En visite de travail en France,
X a été reçu par Y", "Iniciando su gira por Europa, X se reunió con Y") is the occasion of the meeting the verb
reports; the same visit told as the sentence's news stays a visit."""

from __future__ import annotations

from briefparse import parse


def test_fr_a_reception_after_a_fronted_working_visit_is_a_meeting() -> None:
    text = (
        "En visite de travail en France, le président Paul Vardel a été reçu hier au palais de l'Élysée par son "
        "homologue français, Henri Marchal.\n\n"
        "Les deux chefs d'État ont échangé sur la coopération économique."
    )
    assert parse(text).event_type == "meeting"


def test_es_a_meeting_after_a_fronted_tour_is_a_meeting() -> None:
    text = (
        "Iniciando su primera jornada en la gira internacional por Europa, el presidente Rafael Ostos se reunió "
        "con el presidente del Gobierno español, Tomás Ibarra, en el Palacio de la Moncloa.\n\n"
        "El encuentro comenzó con una reunión de trabajo entre ambos mandatarios."
    )
    assert parse(text).event_type == "meeting"


def test_fr_a_ranked_visit_told_as_the_news_stays_a_visit() -> None:
    text = (
        "Le président Paul Vardel est arrivé mardi à Paris pour une visite officielle de trois jours, à l'invitation "
        "de son homologue Henri Marchal.\n\n"
        "Il sera reçu mercredi au palais de l'Élysée."
    )
    assert parse(text).event_type == "visit"


def test_en_talks_after_a_fronted_state_visit_are_a_meeting() -> None:
    text = "During his state visit to Kessel, President Tomas Berg held talks with President Paul Ortega."
    assert parse(text).event_type == "meeting"
