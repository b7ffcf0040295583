"""A library named as the room or building a meeting was held in is a venue, like a palace or a house: the place is
the library, over the city or the country the brief also names (briefs written for these tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Le président varlandais Tomas Brandt reçu par le pape\n\nLe président Tomas Brandt a été reçu samedi au "
            "Vatican. L'entretien avec le pape a duré une heure dans la Bibliothèque pontificale.",
            "Bibliothèque pontificale",
        ),
        (
            "Der Ministerpräsident Jan Lind hat am Freitag seinen Amtskollegen Piet Varga getroffen. «Wir sind uns "
            "einig», sagte Lind nach dem Gespräch mit Varga in der Wissenschaftlichen Bibliothek im kesselschen "
            "Dornau.",
            "Wissenschaftlichen Bibliothek",
        ),
        (
            "El presidente de Kessel, Tomás Brandt, fue recibido ayer por el Papa. Brandt se quedó a solas con el "
            "pontífice en la Biblioteca, donde conversaron durante media hora.",
            "Biblioteca",
        ),
        (
            "Foreign Minister Jan Lind received his Varlandian counterpart Piet Varga on Monday at the National "
            "Library. The two ministers discussed cultural cooperation.",
            "National Library",
        ),
    ],
    ids=["fr-pontifical-library", "de-library-inflected", "es-library-alone", "en-national-library"],
)
def test_a_library_is_the_venue(text: str, venue: str) -> None:
    location = briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location
    assert location is not None and location.startswith(venue)
