"""A museum, a memorial or a gallery a visit went to or a meeting was held in is a venue, like a palace or a library:
the place is that building, over the city the brief also names (briefs written for these tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Minister Lind gedenkt der Opfer\n\nAußenminister Jan Lind hat am Montag seinen Besuch in Varland "
            "begonnen. Gleich nach seiner Ankunft besuchte er die Gedenkstätte Dornau in Kesselstadt und legte einen "
            "Kranz nieder.",
            "Gedenkstätte Dornau",
        ),
        (
            "Ministerpräsidentin Petra Holm nahm am Donnerstag an der Konferenz der Regierungschefs der Länder im "
            "Brandt-Museum in Kesselstadt teil.",
            "Brandt-Museum",
        ),
        (
            "Varland's Minister for Justice, Tomas Brandt, visited the Kessel Peace Museum on Monday. Guided by the "
            "director of the museum, Mr. Brandt toured the exhibits for about an hour.",
            "Kessel Peace Museum",
        ),
        (
            "El presidente de Varlandia, Tomás Brandt, visitó el viernes el Museo Nacional de Antropología en "
            "Kesselia, donde fue recibido por el senador Pedro Lind.",
            "Museo Nacional de Antropología",
        ),
        (
            "Le ministre varlandais Tomas Brandt a visité lundi le Mémorial de Dornau à Kesselbourg, où il a déposé "
            "une gerbe.",
            "Mémorial de Dornau",
        ),
    ],
    ids=["de-memorial-visited", "de-museum-compound", "en-museum-visited", "es-museum-visited", "fr-memorial"],
)
def test_a_museum_or_memorial_is_the_venue(text: str, venue: str) -> None:
    location = briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location
    assert location is not None and location.startswith(venue)


def test_a_monument_where_guests_will_be_welcomed_is_no_venue() -> None:
    """A statue where guests are to be welcomed before talks elsewhere is a meeting point, not a building."""
    text = (
        "Außenminister treffen sich in Kesselstadt\n\nAußenminister Jan Lind hat seine Kollegen zum kommenden Montag "
        "nach Kesselstadt eingeladen. Die Gäste werden am Brandt-Denkmal begrüßt."
    )
    location = briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location
    assert location is None or "Denkmal" not in location
