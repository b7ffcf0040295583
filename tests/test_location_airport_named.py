"""An airport the event's sentences name is where the event happened when the brief names no other place: by its
word and its own name ("à l'aéroport international de Varnel", "en el aeropuerto internacional Tomas Brandt"), or
by a name that holds its word ("Aeropuerto Internacional Comodoro …"); not whoever someone was met by there. A visit
the brief places elsewhere keeps that place (briefs written for these tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Il est 15h40 lorsque l'avion transportant le roi Tomas de Kessel et la reine Ana atterrit à l'aéroport "
            "international de Varnel. Le couple royal est accueilli par le couple présidentiel au tarmac.",
            "aéroport international de Varnel",
        ),
        (
            "El presidente valdoriano, Paul Marin, recibió en el aeropuerto internacional Tomas Brandt, de esta "
            "capital, en horas de la tarde, a su homólogo de Kessel, Jean Lind, quien llega en visita oficial.",
            "aeropuerto internacional Tomas Brandt",
        ),
        (
            "El canciller Paul Marin se reunió con su par de Kessel, Ana Lind, en el salón de protocolo del "
            "Aeropuerto Internacional Comodoro Tomas Brandt.",
            "salón de protocolo del Aeropuerto Internacional Comodoro Tomas",
        ),
    ],
    ids=["landing-fr", "welcome-es", "meeting-lounge-es"],
)
def test_an_airport_named_alone_is_the_place(text: str, place: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 16))
    assert brief.location is not None
    assert brief.location.startswith(place)


def test_the_one_met_at_an_airport_is_no_place() -> None:
    text = (
        "Prime Minister Tomas Berg of Kessel arrived today for a four-day official visit.\n\n"
        "He was met at the airport by President Ines Marlow and members of the cabinet."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).location is None


def test_a_visit_placed_elsewhere_keeps_its_place() -> None:
    text = (
        "Valdorian Prime Minister Paul Marin received the Prime Minister of Kessel, Jean Lind, on his arrival at "
        "the Tomas Brandt International Airport on July 17, for the start of an Official Visit to Jamaica."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 16))
    assert brief.location == "Jamaica"
