"""Location on briefs invented for these tests (fictional people, real places): a city in the event's sentence gives
way to the venue the next sentence names, when that venue's name is a seat of government of the city's own state
(`briefparse.seats`), though a town elsewhere bears the same name ("Miraflores" is also a district of Lima); a seat of
another state stays another city's. A caption the page prints twice is read once."""

from __future__ import annotations

import datetime as dt

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


_NEXT = (
    "En el palacio presidencial de Miraflores, sede del Ejecutivo, el mandatario saludó y conversó con los "
    "diplomáticos.\n\nLos nuevos embajadores son Paul Ortega y Lena Varko."
)


def test_a_seat_of_the_citys_state_named_next_is_the_place():
    text = "El presidente Ivo Marel recibió ayer en Caracas las cartas credenciales de dos embajadores.\n\n" + _NEXT
    assert place(text) == "palacio presidencial de Miraflores"


def test_a_caption_printed_twice_gives_way_to_the_lead():
    caption = "Acto. El mandatario recibió ayer a los embajadores en su despacho.\n\n"
    text = (
        "Marel recibe nuevos embajadores\n\n" + caption + caption + "El presidente Ivo Marel recibió ayer en Caracas "
        "las cartas credenciales de dos embajadores.\n\n" + _NEXT
    )
    assert place(text) == "palacio presidencial de Miraflores"


def test_a_seat_of_another_state_leaves_the_city():
    text = "El presidente Ivo Marel recibió ayer en Bogotá las cartas credenciales de dos embajadores.\n\n" + _NEXT
    assert place(text) == "Bogotá"
