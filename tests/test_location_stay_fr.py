"""A visit or a meeting whose sentences name no place of their own is placed where the body says the guest stays
("séjournera au Koweït", "séjourne en Belgique", "effectue une visite de trois jours en Côte d'Ivoire") (briefs
written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Le président de la République, Arno Vellard, a quitté Dakar lundi matin pour un déplacement officiel "
            "au Moyen-Orient, selon une annonce de la présidence sénégalaise.\n\n"
            "D’après les précisions communiquées sur le réseau social X, le chef de l’État séjournera au Koweït "
            "du 12 au 14 janvier 2026 dans le cadre d’une visite officielle.",
            "Koweït",
        ),
        (
            "La Première ministre Ana Lindqvist a offert dimanche un dîner en l'honneur du président Paul Ternier.\n\n"
            "Image\n\nAgence\n\nSelon une source diplomatique, les deux dirigeants ont évoqué les relations "
            "bilatérales.\n\nIl sied de rappeler que le président Ternier avait reçu des chefs d'entreprise la "
            "veille de son voyage.\n\nSon programme prévoit une réunion de travail mercredi.\n\n"
            "C'est depuis samedi que le président Ternier séjourne en Belgique.",
            "Belgique",
        ),
        (
            "Le président Paul Ternier reçoit en audience la ministre Ana Lindqvist\n\n"
            "Ce lundi, la ministre Ana Lindqvist a été reçue en audience par le président Paul Ternier.\n\n"
            "La ministre effectue une visite de trois jours en Côte d'Ivoire.",
            "Côte d'Ivoire",
        ),
    ],
    ids=["visit-sejournera-au", "meeting-sejourne-en-closing-line", "meeting-visite-de-trois-jours-en"],
)
def test_a_guest_s_stay_places_the_event(text: str, place: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2026, 1, 11)).location == place
