"""Location of visits on briefs invented for these tests (fictional people): a venue the sentence names after a verb
still to come ("acudirá a una sesión en el Senado", "será recibido el domingo en el Palacio …") is a stop of the
visit's programme, not where the visit is; the journey's end is. A venue where the guest was received keeps its
place."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Presidente de Valdoria llega a Perú para visita oficial\n\nEl presidente de Valdoria, Iván Berg, llegó a "
            "Perú en el marco de una visita oficial en donde tendrá una reunión bilateral con el presidente Paul "
            "Marin y acudirá a una sesión solemne en el Senado.\n\nBerg fue recibido en el aeropuerto por el "
            "vicecanciller Tomás Ruiz.",
            "Perú",
        ),
        (
            "Presidente de Valdoria llega a Lima en visita oficial\n\nBerg será recibido este domingo por su homólogo "
            "Paul Marin en el Palacio de Gobierno, sede del Ejecutivo.\n\nEl presidente de Valdoria, Iván Berg, llegó "
            "la noche del sábado a Lima para participar en la ceremonia de conmemoración.",
            "Lima",
        ),
        (
            "Berg viaja a Perú para realizar su primera visita oficial\n\nQuito.- El presidente de Valdoria, Iván "
            "Berg, viaja este martes a Perú en su primer viaje oficial a ese país, donde se reunirá con su homólogo "
            "Paul Marin.\n\nLa agenda oficial de Berg comenzará el miércoles con un encuentro con Marin en el "
            "Palacio de Gobierno, indicó la Presidencia.",
            "Perú",
        ),
    ],
    ids=["programme-in-the-arrival-sentence", "reception-to-come-first", "agenda-to-come-next"],
)
def test_a_venue_of_the_programme_to_come_is_not_the_visit_s_place(text: str, place: str) -> None:
    brief = parse(text)
    assert brief.event_type == "visit"
    assert brief.location == place


def test_the_venue_the_guest_was_received_in_keeps_its_place() -> None:
    text = (
        "El presidente de Valdoria, Iván Berg, llegó este lunes a Lima en visita oficial y fue recibido en el Palacio "
        "de Gobierno por su homólogo Paul Marin."
    )
    assert parse(text).location == "Palacio de Gobierno"
